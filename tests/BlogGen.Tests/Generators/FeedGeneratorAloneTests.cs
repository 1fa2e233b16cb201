using System.Xml.Linq;

using BlogGen.Generators;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

/// <summary>The Atom feed made from a site model alone: which posts, how many, and links a reader can follow.</summary>
public sealed class FeedGeneratorAloneTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static TheoryData<string[], int, string[]> Rows => new()
    {
        // config, posts, the link of each entry
        { ["url: https://example.com"], 2, ["https://example.com/2025/01/02/post-2.html", "https://example.com/2025/01/01/post-1.html"] },
        { ["url: https://example.com/", "baseurl: /blog"], 1, ["https://example.com/blog/2025/01/01/post-1.html"] },
        { ["url: https://example.com", "permalink: pretty"], 1, ["https://example.com/2025/01/01/post-1/"] },
        { ["url: https://example.com", "feed: {posts_limit: 2}"], 3, ["https://example.com/2025/01/03/post-3.html", "https://example.com/2025/01/02/post-2.html"] },
        { ["url: https://example.com", "permalink: /:title/"], 1, ["https://example.com/post-1/"] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EntriesLinkToTheNewestPosts(string[] config, int posts, string[] entryLinks)
    {
        var site = new SiteModelBuilder().Posts(posts);
        foreach (var line in config)
        {
            site.Config(line);
        }

        var result = new FeedGenerator().Generate(site.Build());

        var file = Assert.Single(result.Files);
        Assert.Equal("feed.xml", file.RelativePath);
        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Bytes));
        Assert.Equal(entryLinks, feed.Root!.Elements(Atom + "entry").Select(e => (string?)e.Element(Atom + "link")?.Attribute("href")));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("日本経済新聞", "https://example.com/2025/01/01/%E6%97%A5%E6%9C%AC%E7%B5%8C%E6%B8%88%E6%96%B0%E8%81%9E.html")]
    [InlineData("plain", "https://example.com/2025/01/01/plain.html")]
    public void EntryLinksArePercentEncoded(string slug, string link)
    {
        var snapshot = new SiteModelBuilder().Config("url: https://example.com").Post("post", "2025-01-01", $"slug: {slug}").Build();

        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(new FeedGenerator().Generate(snapshot).Files[0].Bytes));

        Assert.Equal(link, (string?)feed.Root!.Element(Atom + "entry")!.Element(Atom + "link")!.Attribute("href"));
    }
}
