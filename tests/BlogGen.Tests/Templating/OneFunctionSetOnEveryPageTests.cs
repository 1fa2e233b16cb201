using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// Liquid's filters work in every template on every kind of page: generated pages (archive, tag and category pages,
/// search, home, 404) go through the built-in theme's Scriban layouts, which include the site's own Liquid includes.
/// </summary>
public sealed class OneFunctionSetOnEveryPageTests
{
    private const string Post = "---\ntitle: \"Tom & Jerry\"\ntags: [cartoons]\ncategories: [shows]\n---\nBody.\n";

    /// <summary>Every page the built site has, posts and generated pages alike.</summary>
    public static TheoryData<string> Pages => new()
    {
        "shows/2025/01/01/tom.html",
        "index.html",
        "archive/index.html",
        "tags/index.html",
        "tags/cartoons/index.html",
        "categories/index.html",
        "categories/shows/index.html",
        "search/index.html",
        "404.html",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_liquid_include_in_the_built_in_layouts_has_liquids_filters(string page)
    {
        using var site = new TempSite().With("_config.yml", "title: \"A & B\"\nurl: https://example.org\n")
            .With("_posts/2025-01-01-tom.md", Post)
            .With("_includes/head.html", "<title>{{ site.title | escape }} {{ site.posts | size }}</title>\n");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<title>A &amp; B 1</title>", site.Output(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_liquid_layout_under_the_built_in_layouts_has_liquids_filters(string page)
    {
        using var site = new TempSite().With("_config.yml", "title: \"A & B\"\nurl: https://example.org\n")
            .With("_posts/2025-01-01-tom.md", Post)
            .With("_layouts/default.html", "<html><title>{{ site.title | escape }}</title><body>{{ content }}</body></html>\n");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<title>A &amp; B</title>", site.Output(page), StringComparison.Ordinal);
    }
}
