using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

/// <summary>
/// A site on a BlogGen theme gets every generated page; a site that brings its own layouts (a Jekyll site) gets what
/// Jekyll would make: its plugins' outputs, and BlogGen's extra pages only when asked.
/// </summary>
public sealed class SiteFeaturesTests
{
    public static TheoryData<string, bool, string> Rows => new()
    {
        // configuration lines, a Jekyll site, what is made (P pagination, H generated home, F feed, S sitemap, R redirects,
        // A archive, Q search, T tag pages, N 404 page)
        { "", false, "PHFSRAQTN" },
        { "search: false\narchive: false\ntaxonomy_pages: false\nnot_found_page: false", false, "PHFSR" },
        { "plugins: [jekyll-feed]", false, "PHFSRAQTN" },
        { "", true, "" },
        { "plugins: [jekyll-feed, jekyll-sitemap, jekyll-redirect-from, jekyll-seo-tag]", true, "FSR" },
        { "plugins: [jekyll-paginate]", true, "" },
        { "plugins: [jekyll-paginate]\npaginate: 5", true, "P" },
        { "gems: [jekyll-paginate]\npaginate: 5", true, "P" },
        { "archive: true\nsearch: true\ntaxonomy_pages: true\nnot_found_page: true", true, "AQTN" },
        // a theme's own settings under one of the names (just-the-docs' search:) are not BlogGen's switch
        { "plugins: [jekyll-include-cache]\nsearch:\n  heading_level: 2", true, "" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void WhatABuildMakesFollowsTheLayoutsAndTheConfiguration(string configuration, bool jekyllSite, string made)
    {
        var diagnostics = new List<Diagnostic>();

        var features = SiteFeatures.Of(Config(configuration), jekyllSite, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(made, Letters(features));
    }

    [Theory]
    [InlineData("plugins: [jekyll-archives, jemoji, jekyll-feed]", DiagnosticCodes.PluginNotBuiltIn, "plugins: 'jekyll-archives' is not built into BlogGen")]
    [InlineData("plugins: jekyll-feed", DiagnosticCodes.ConfigValueInvalid, "plugins: must be a list of plugin names")]
    [InlineData("archive: sometimes", DiagnosticCodes.ConfigValueInvalid, "archive: must be true or false")]
    [InlineData("search:\n  heading_level: 2\narchive: [a]", DiagnosticCodes.ConfigValueInvalid, "archive: must be true or false")]
    public void WhatCannotBeUsedIsReportedOnTheConfiguration(string configuration, string code, string message)
    {
        var diagnostics = new List<Diagnostic>();

        SiteFeatures.Of(Config(configuration), jekyllSite: true, diagnostics);

        var first = diagnostics[0];
        Assert.Equal((code, "_config.yml"), (first.Code, first.Path));
        Assert.StartsWith(message, first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AJekyllSiteGetsOnlyThePagesJekyllWouldMake()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: Jekyll blog\nurl: https://example.org\nplugins: [jekyll-feed, jekyll-paginate]\npaginate: 1\n")
            .With("_layouts/default.html", "<html><body>{{ content }}</body></html>")
            .With("_layouts/post.html", "---\nlayout: default\n---\n<article>{{ content }}</article>")
            .With("index.html", "---\nlayout: default\n---\n{% for post in paginator.posts %}{{ post.title }}{% endfor %}")
            .With("_posts/2025-01-01-one.md", "---\ntitle: One\ntags: [a]\n---\nOne.")
            .With("_posts/2025-01-02-two.md", "---\ntitle: Two\ntags: [a]\n---\nTwo.");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(
            [".nojekyll", "2025/01/01/one.html", "2025/01/02/two.html", "feed.xml", "index.html", "page2/index.html"],
            site.OutputFiles());
    }

    [Fact]
    public void ABlogGenSiteThatRestylesTheDefaultLayoutStillGetsEveryPage()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: BlogGen blog\nurl: https://example.org\n")
            .With("_layouts/default.html", "<html><body>{{ content }}</body></html>")
            .With("_posts/2025-01-01-one.md", "---\ntitle: One\ntags: [a]\n---\nOne.");

        site.Build();

        Assert.All(["archive/index.html", "search/index.html", "tags/a/index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "assets/css/style.css"],
            path => Assert.True(site.HasOutput(path), path));
    }

    [Theory]
    [InlineData("plugins: [jekyll-feed]", true)]
    [InlineData("gems: [jekyll-feed]", true)]
    [InlineData("collections:\n  projects:\n    output: true", true)]
    [InlineData("highlighter: rouge", true)]
    [InlineData("markdown: kramdown", true)]
    [InlineData("markdown: bloggen", false)]
    [InlineData("plugins: []", false)]
    [InlineData("title: x", false)]
    public void A_site_with_its_own_default_layout_is_a_jekyll_site_when_its_configuration_names_jekyll_settings(string configuration, bool jekyllSite)
    {
        using var site = new TempSite()
            .With("_config.yml", configuration + "\n")
            .With("_layouts/default.html", "<html><body>{{ content }}</body></html>")
            .With("_posts/2025-01-01-one.md", "---\ntitle: One\n---\nOne.");

        site.Build();

        Assert.Equal(!jekyllSite, site.HasOutput("archive/index.html"));
    }

    [Theory]
    [InlineData("plugins: [jekyll-feed]\n", "<p>Bare.</p>\n")]
    [InlineData("title: a BlogGen site\n", "<main><p>Bare.</p>\n</main>")]
    public void A_document_without_a_layout_gets_none_on_a_jekyll_site_and_page_on_a_bloggen_site(string configuration, string written)
    {
        using var site = new TempSite()
            .With("_config.yml", configuration)
            .With("_layouts/default.html", "<html>{{ content }}</html>")
            .With("_layouts/page.html", "<main>{{ content }}</main>")
            .With("bare.md", "---\ntitle: Bare\n---\nBare.\n");

        site.Build();

        Assert.Equal(written, site.Output("bare.html"));
    }

    private static SiteConfig Config(string lines) => ConfigLoader.Parse("/site", lines, new ConfigOverrides()).Config;

    private static string Letters(SiteFeatures features) => string.Concat(new (bool On, char Letter)[]
    {
        (features.Pagination, 'P'), (features.GeneratedHome, 'H'), (features.Feed, 'F'), (features.Sitemap, 'S'), (features.Redirects, 'R'),
        (features.Archive, 'A'), (features.Search, 'Q'), (features.TaxonomyPages, 'T'), (features.NotFoundPage, 'N'),
    }.Where(feature => feature.On).Select(feature => feature.Letter));
}
