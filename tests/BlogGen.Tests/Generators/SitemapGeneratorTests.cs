using System.Xml.Linq;

using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class SitemapGeneratorTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string Config = "title: Test Blog\nurl: https://example.org\nbaseurl: /blog\ntimezone: Asia/Shanghai\npermalink: pretty\n";

    private static IReadOnlyList<(string Loc, string? LastModified)> Entries(TempSite site) =>
        [.. XDocument.Parse(site.Output("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => (u.Element(Sitemap + "loc")!.Value, u.Element(Sitemap + "lastmod")?.Value))];

    [Fact]
    public void SitemapListsHomePagesAndPostsWithAbsoluteUrlsAndDates()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-old.md", "---\ntitle: Old\nlast_modified_at: 2025-02-01 08:00:00\n---\nText.\n")
            .With("_posts/2025-03-01-新しい.md", "---\ntitle: New\n---\nText.\n")
            .With("about.md", "---\ntitle: About\nupdated: 2025-01-15\n---\nAbout.\n")
            .With("contact.md", "---\ntitle: Contact\n---\nMail me.\n");

        site.Build();

        Assert.Equal(
        [
            ("https://example.org/blog/", "2025-03-01T00:00:00+08:00"),
            ("https://example.org/blog/about/", "2025-01-15T00:00:00+08:00"),
            ("https://example.org/blog/contact/", null),
            ("https://example.org/blog/2025/03/01/%E6%96%B0%E3%81%97%E3%81%84/", "2025-03-01T00:00:00+08:00"),
            ("https://example.org/blog/2025/01/01/old/", "2025-02-01T08:00:00+08:00"),
        ], Entries(site));
    }

    [Fact]
    public void SitemapFalseRedirectsNonHtmlFilesAnd404AreLeftOut()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-hidden.md", "---\ntitle: Hidden\nsitemap: false\n---\nText.\n")
            .With("_posts/2025-01-02-shown.md", "---\ntitle: Shown\n---\nText.\n")
            .With("moved.md", "---\ntitle: Moved\nredirect_to: https://elsewhere.example/\n---\nGone.\n")
            .With("data.json", "---\n---\n{\"a\": 1}\n")
            .With("404.md", "---\ntitle: Lost\npermalink: /404.html\n---\nNot here.\n")
            .With("assets/logo.png", "png");

        site.Build();

        Assert.Equal(["https://example.org/blog/", "https://example.org/blog/2025/01/02/shown/"], Entries(site).Select(e => e.Loc));
    }

    [Fact]
    public void RobotsTxtPointsAtTheSitemap()
    {
        using var site = new TempSite().With("_config.yml", Config);

        site.Build();

        Assert.Equal("Sitemap: https://example.org/blog/sitemap.xml\n", site.Output("robots.txt"));
    }

    [Fact]
    public void TheSitesOwnRobotsTxtWinsWithoutACollision()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("robots.txt", "User-agent: *\nDisallow: /private/\n");

        var result = site.Build();

        Assert.Equal("User-agent: *\nDisallow: /private/\n", site.Output("robots.txt"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void AnExcludedRobotsTxtIsNotTheSitesOwnSoTheGeneratedOneIsWritten()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "exclude: [robots.txt]\n")
            .With("robots.txt", "User-agent: *\nDisallow: /private/\n");

        site.Build();

        Assert.Equal("Sitemap: https://example.org/blog/sitemap.xml\n", site.Output("robots.txt"));
    }

    [Fact]
    public void WithoutUrlNoRobotsTxtIsWritten()
    {
        using var site = new TempSite().With("_config.yml", "title: Local\n");

        site.Build();

        Assert.False(site.HasOutput("robots.txt"));
        Assert.True(site.HasOutput("sitemap.xml"));
    }
}
