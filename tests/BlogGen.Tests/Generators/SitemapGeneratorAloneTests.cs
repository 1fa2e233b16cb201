using System.Xml.Linq;

using BlogGen.Generators;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

/// <summary>The sitemap made from a site model alone: which documents are listed, at which absolute URLs.</summary>
public sealed class SitemapGeneratorAloneTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static TheoryData<string, string, string[]> Rows => new()
    {
        // page file, its front matter, the listed URLs (the page's place among the home page and the one post)
        { "about.md", "title: About", ["https://example.com/", "https://example.com/about.html", "https://example.com/2025/01/01/post-1.html"] },
        { "about.md", "title: About\nsitemap: false", ["https://example.com/", "https://example.com/2025/01/01/post-1.html"] },
        { "old.md", "title: Old\nredirect_to: /about/", ["https://example.com/", "https://example.com/2025/01/01/post-1.html"] },
        { "404.html", "title: Not found", ["https://example.com/", "https://example.com/2025/01/01/post-1.html"] },
        { "feed.xml", "layout: null", ["https://example.com/", "https://example.com/2025/01/01/post-1.html"] },
        { "index.html", "title: Home\nsitemap: false", ["https://example.com/2025/01/01/post-1.html"] },
        { "日本.md", "title: CJK", ["https://example.com/", "https://example.com/%E6%97%A5%E6%9C%AC.html", "https://example.com/2025/01/01/post-1.html"] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ListsHtmlPagesAndPosts(string pageFile, string frontMatter, string[] locations)
    {
        var snapshot = new SiteModelBuilder().Config("url: https://example.com").Posts(1).File(pageFile, frontMatter).Build();

        var file = Assert.Single(new SitemapGenerator().Generate(snapshot).Files);

        Assert.Equal("sitemap.xml", file.RelativePath);
        var sitemap = XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Bytes));
        Assert.Equal(locations, sitemap.Root!.Elements(Sitemap + "url").Select(u => (string?)u.Element(Sitemap + "loc")));
    }
}
