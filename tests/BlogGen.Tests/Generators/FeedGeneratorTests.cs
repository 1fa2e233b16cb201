using System.Xml.Linq;

using BlogGen.Building;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class FeedGeneratorTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Config = "title: Test Blog\ndescription: Notes on things\nurl: https://example.org\nbaseurl: /blog\ntimezone: Asia/Tokyo\nauthor: Ann\n";

    private static string Post(string title, string body = "First paragraph.\n\nSecond paragraph.", string extra = "") =>
        $"---\ntitle: \"{title}\"\n{extra}---\n{body}\n";

    private static XElement Feed(TempSite site, string path = "feed.xml") => XDocument.Parse(site.Output(path)).Root!;

    [Fact]
    public void FeedHasTheAtomHeadWithAbsoluteUrlsAndTheNewestPostsDate()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-old.md", Post("Old"))
            .With("_posts/2025-03-01-new.md", Post("New", extra: "date: 2025-03-01 09:30:00\n"));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var feed = Feed(site);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://example.org/blog/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("Test Blog", feed.Element(Atom + "title")!.Value);
        Assert.Equal("Notes on things", feed.Element(Atom + "subtitle")!.Value);
        Assert.Equal("2025-03-01T09:30:00+09:00", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("Ann", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("BlogGen", feed.Element(Atom + "generator")!.Value);
        Assert.Equal(SiteBuilder.Version, feed.Element(Atom + "generator")!.Attribute("version")!.Value);
        var links = feed.Elements(Atom + "link").ToDictionary(l => l.Attribute("rel")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("https://example.org/blog/feed.xml", links["self"]);
        Assert.Equal("https://example.org/blog/", links["alternate"]);
    }

    [Fact]
    public void EntriesAreNewestFirstWithIdsDatesCategoriesContentAndSummary()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-old.md", Post("Old", extra: "tags: [x, y]\ncategories: news\nlast_modified_at: 2025-02-01 10:00:00\n"))
            .With("_posts/2025-03-01-new.md", Post("New & <Improved>", body: "Intro.\n\n<div onclick=\"x()\">Body <script>alert(1)</script></div>\n"));

        site.Build();

        var entries = Feed(site).Elements(Atom + "entry").ToList();
        Assert.Equal(["New & <Improved>", "Old"], entries.Select(e => e.Element(Atom + "title")!.Value));
        var old = entries[1];
        Assert.Equal("https://example.org/blog/news/2025/01/01/old.html", old.Element(Atom + "id")!.Value);
        Assert.Equal("https://example.org/blog/news/2025/01/01/old.html", old.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2025-01-01T00:00:00+09:00", old.Element(Atom + "published")!.Value);
        Assert.Equal("2025-02-01T10:00:00+09:00", old.Element(Atom + "updated")!.Value);
        Assert.Equal(["news", "x", "y"], old.Elements(Atom + "category").Select(c => c.Attribute("term")!.Value));
        Assert.Equal("<p>First paragraph.</p>", old.Element(Atom + "summary")!.Value.Trim());

        var content = entries[0].Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Contains("Intro.", content.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", content.Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", content.Value, StringComparison.Ordinal);
        Assert.Contains("Body", content.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 20)]
    [InlineData("feed:\n  posts_limit: 3\n", 3)]
    public void FeedHoldsTheNewestPostsUpToTheLimit(string feedConfig, int expected)
    {
        using var site = new TempSite().With("_config.yml", Config + feedConfig);
        for (var day = 1; day <= 25; day++)
        {
            site.With($"_posts/2025-01-{day:00}-post-{day}.md", Post($"Post {day}"));
        }

        site.Build();

        var titles = Feed(site).Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(expected, titles.Count);
        Assert.Equal("Post 25", titles[0]);
        Assert.Equal($"Post {25 - expected + 1}", titles[^1]);
    }

    [Fact]
    public void CjkUrlsArePercentEncoded()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-日本語.md", Post("日本語", extra: "categories: 経済\n"));

        site.Build();

        var id = Feed(site).Element(Atom + "entry")!.Element(Atom + "id")!.Value;
        Assert.Equal("https://example.org/blog/%E7%B5%8C%E6%B8%88/2025/01/01/%E6%97%A5%E6%9C%AC%E8%AA%9E.html", id);
    }

    [Fact]
    public void TagAndCategoryFeedsAreWrittenWhenEnabled()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "feed:\n  tags: true\n  categories: true\n")
            .With("_posts/2025-01-01-a.md", Post("A", extra: "tags: [Dotnet, 新闻]\ncategories: Tech\n"))
            .With("_posts/2025-01-02-b.md", Post("B", extra: "tags: [Dotnet]\n"));

        site.Build();

        var dotnet = Feed(site, "feed/by_tag/dotnet.xml");
        Assert.Equal(["B", "A"], dotnet.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("Test Blog | Dotnet", dotnet.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.org/blog/feed/by_tag/dotnet.xml", dotnet.Element(Atom + "id")!.Value);
        Assert.Equal(["A"], Feed(site, "feed/by_tag/新闻.xml").Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal(["A"], Feed(site, "feed/tech.xml").Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public void TagFeedsAreNotWrittenByDefault()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-a.md", Post("A", extra: "tags: [dotnet]\n"));

        site.Build();

        Assert.True(site.HasOutput("feed.xml"));
        Assert.False(site.HasOutput("feed/by_tag/dotnet.xml"));
    }

    [Fact]
    public void WithoutPostsTheFeedIsUpdatedAtBuildTime()
    {
        using var site = new TempSite().With("_config.yml", Config);

        site.Build();

        var feed = Feed(site);
        Assert.Equal("2026-11-27T21:00:00+09:00", feed.Element(Atom + "updated")!.Value);
        Assert.Empty(feed.Elements(Atom + "entry"));
    }

    [Fact]
    public void MissingUrlIsWarnedAbout()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: No URL\n")
            .With("_posts/2025-01-01-a.md", Post("A"));

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SiteUrlMissing);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("url:", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void InvalidPostsLimitIsReported()
    {
        using var site = new TempSite().With("_config.yml", Config + "feed:\n  posts_limit: none\n");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ConfigValueInvalid && d.Message.Contains("posts_limit", StringComparison.Ordinal));
    }

    [Fact]
    public void BuildingTwiceGivesTheSameBytes()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "feed:\n  tags: true\n")
            .With("_posts/2025-01-01-a.md", Post("A", extra: "tags: [b, a]\n"))
            .With("_posts/2025-01-02-b.md", Post("B", extra: "tags: [a]\nredirect_from: /old-b/\n"))
            .With("about.md", "---\ntitle: About\n---\nAbout me.\n");

        site.Build();
        var first = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Destination, f)));
        site.Build();
        var second = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Destination, f)));

        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), path);
        }
        Assert.Contains("sitemap.xml", first.Keys);
        Assert.Contains("feed/by_tag/a.xml", first.Keys);
    }

    /// <summary>Found by the fuzzer (tests/BlogGen.Fuzz): a control character in a post is valid UTF-8 but not XML, and the feed writer threw.</summary>
    [Fact]
    public void ControlCharactersInAPostAreLeftOutOfTheFeed()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-bell.md", Post("Bell\u0007 rings", body: "<abbr title=\"Static Site \u0007enerator\">SSG</abbr> \u0001text"));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var entry = Feed(site).Element(Atom + "entry")!;
        Assert.Equal("Bell rings", entry.Element(Atom + "title")!.Value);
        Assert.Contains("Static Site enerator", entry.Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Contains("SSG</abbr> text", entry.Element(Atom + "content")!.Value, StringComparison.Ordinal);
    }
}
