using System.Text.Json;

using AngleSharp.Dom;

using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class SeoEnricherTests
{
    private const string Config =
        "title: Test Blog\ndescription: A blog\nurl: https://example.org\nbaseurl: /blog\nlang: zh-CN\ntimezone: Asia/Shanghai\n"
        + "permalink: pretty\nauthor: Ann\nlogo: /assets/logo.png\ntwitter:\n  username: testblog\n";

    private static string? Meta(IDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("content");

    private static JsonElement JsonLd(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    private static IDocument BuildPost(string frontMatter, string body = "The first paragraph.\n\nMore.")
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-02-13-post.md", $"---\ntitle: \"A <Post>\"\n{frontMatter}---\n{body}\n");
        site.Build();
        return Html.Parse(site.Output("2025/02/13/post/index.html"));
    }

    [Fact]
    public void PostHeadHasOpenGraphTwitterAndCanonicalTags()
    {
        var page = BuildPost("image: /assets/cover.png\nlast_modified_at: 2025-02-14 10:00:00\n");

        Assert.Equal("A <Post> — Test Blog", page.Title);
        Assert.Equal("The first paragraph.", Meta(page, "meta[name=description]"));
        Assert.Equal("https://example.org/blog/2025/02/13/post/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("A <Post>", Meta(page, "meta[property='og:title']"));
        Assert.Equal("The first paragraph.", Meta(page, "meta[property='og:description']"));
        Assert.Equal("https://example.org/blog/2025/02/13/post/", Meta(page, "meta[property='og:url']"));
        Assert.Equal("Test Blog", Meta(page, "meta[property='og:site_name']"));
        Assert.Equal("article", Meta(page, "meta[property='og:type']"));
        Assert.Equal("zh_CN", Meta(page, "meta[property='og:locale']"));
        Assert.Equal("https://example.org/blog/assets/cover.png", Meta(page, "meta[property='og:image']"));
        Assert.Equal("2025-02-13T00:00:00+08:00", Meta(page, "meta[property='article:published_time']"));
        Assert.Equal("2025-02-14T10:00:00+08:00", Meta(page, "meta[property='article:modified_time']"));
        Assert.Equal("summary_large_image", Meta(page, "meta[name='twitter:card']"));
        Assert.Equal("@testblog", Meta(page, "meta[name='twitter:site']"));
        Assert.Equal("/blog/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void PostJsonLdIsABlogPostingThatParses()
    {
        var json = JsonLd(BuildPost("image:\n  path: /assets/cover.png\n"));

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("BlogPosting", json.GetProperty("@type").GetString());
        Assert.Equal("A <Post>", json.GetProperty("headline").GetString());
        Assert.Equal("The first paragraph.", json.GetProperty("description").GetString());
        Assert.Equal("2025-02-13T00:00:00+08:00", json.GetProperty("datePublished").GetString());
        Assert.Equal("2025-02-13T00:00:00+08:00", json.GetProperty("dateModified").GetString());
        Assert.Equal("Ann", json.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Test Blog", json.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://example.org/blog/assets/logo.png", json.GetProperty("publisher").GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal("https://example.org/blog/assets/cover.png", json.GetProperty("image").GetString());
        Assert.Equal("https://example.org/blog/2025/02/13/post/", json.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal("https://example.org/blog/2025/02/13/post/", json.GetProperty("url").GetString());
    }

    [Fact]
    public void JsonLdCannotCloseItsScriptElement()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-02-13-post.md", "---\ntitle: \"</script><script>alert(1)</script> & 新闻\"\n---\nText.\n");
        site.Build();
        var html = site.Output("2025/02/13/post/index.html");

        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        var script = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("</", script[1..], StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", script, StringComparison.Ordinal);
        Assert.Contains("\\u0026 新闻", script, StringComparison.Ordinal);
        Assert.Equal("</script><script>alert(1)</script> & 新闻", JsonLd(Html.Parse(html)).GetProperty("headline").GetString());
    }

    [Fact]
    public void FrontMatterDescriptionWinsAndLongExcerptsAreShortened()
    {
        Assert.Equal("Own words.", Meta(BuildPost("description: \"  Own\n  words. \"\n"), "meta[name=description]"));

        var longText = string.Join(' ', Enumerable.Repeat("word", 80));
        var description = Meta(BuildPost("", longText + "\n\nMore."), "meta[name=description]")!;
        Assert.InRange(description.Length, 100, 161);
        Assert.EndsWith("word…", description, StringComparison.Ordinal);
    }

    [Fact]
    public void DescriptionKeepsWordsApartAcrossLineBreaksAndBlocks()
    {
        var page = BuildPost("excerpt_separator: <!--more-->\n", "<p>End of one.<br>Start of next.</p><ul><li>a</li><li>b</li></ul>\n\n<!--more-->\n\nRest.");

        Assert.Equal("End of one. Start of next. a b", Meta(page, "meta[name=description]"));
    }

    [Fact]
    public void WithoutAnImageTheTwitterCardIsSummary()
    {
        var page = BuildPost("");

        Assert.Equal("summary", Meta(page, "meta[name='twitter:card']"));
        Assert.Null(page.QuerySelector("meta[property='og:image']"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void HomePageIsAWebSite(bool withIndexPage)
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-02-13-post.md", "---\ntitle: Post\n---\nText.\n");
        if (withIndexPage)
        {
            site.With("index.md", "---\nlayout: home\n---\nWelcome.\n");
        }
        site.Build();
        var page = Html.Parse(site.Output("index.html"));

        Assert.Equal("website", Meta(page, "meta[property='og:type']"));
        Assert.Equal("https://example.org/blog/", Meta(page, "meta[property='og:url']"));
        var json = JsonLd(page);
        Assert.Equal("WebSite", json.GetProperty("@type").GetString());
        Assert.Equal("Test Blog", json.GetProperty("name").GetString());
        Assert.Equal("https://example.org/blog/", json.GetProperty("url").GetString());
    }

    [Fact]
    public void APageIsAWebPageWithoutArticleTimes()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("about.md", "---\ntitle: About\n---\nWho I am.\n");
        site.Build();
        var page = Html.Parse(site.Output("about/index.html"));

        Assert.Equal("website", Meta(page, "meta[property='og:type']"));
        Assert.Null(page.QuerySelector("meta[property='article:published_time']"));
        Assert.Equal("WebPage", JsonLd(page).GetProperty("@type").GetString());
        Assert.Equal("About", Meta(page, "meta[property='og:title']"));
    }

    [Fact]
    public void LaterHomePagesAreTheirOwnCanonicalPages()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "paginate: 1\n")
            .With("index.md", "---\nlayout: home\n---\nWelcome.\n")
            .With("_posts/2025-02-13-a.md", "---\ntitle: A\n---\nText.\n")
            .With("_posts/2025-02-14-b.md", "---\ntitle: B\n---\nText.\n");
        site.Build();

        Assert.Equal("https://example.org/blog/", Html.Parse(site.Output("index.html")).QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/blog/page2/", Html.Parse(site.Output("page2/index.html")).QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
