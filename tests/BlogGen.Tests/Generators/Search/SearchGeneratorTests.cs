using System.Text.Json;

using BlogGen.Diagnostics;
using BlogGen.Generators.Search;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators.Search;

public sealed class SearchGeneratorTests
{
    private const string Config = "title: Test Blog\nurl: https://example.org\nbaseurl: /blog\ntimezone: Asia/Shanghai\npermalink: pretty\n";

    private static TempSite Site(string config = Config) => new TempSite()
        .With("_config.yml", config)
        .With("_posts/2025-01-01-hello.md",
            "---\ntitle: \"Hello <World>\"\ntags: [intro, 日本]\ndate: 2025-01-01 10:00:00\n---\n" +
            "First *paragraph* with &amp; entity.\n\n<div class=\"x\"><p>Embedded <b>HTML</b></p></div>\n\n- one\n- two\n")
        .With("_posts/2025-02-13-news.md",
            "---\ntitle: 特朗普与普京达成协议\ndate: 2025-02-12T23:55:52Z\n---\n美国总统特朗普表示，双方同意立即开始谈判。\n")
        .With("about.md", "---\ntitle: About\n---\nA page, not a post.\n");

    /// <summary>Post number <paramref name="number"/>'s file (the oldest post is 0).</summary>
    private static JsonElement Post(TempSite site, int number)
    {
        using var json = JsonDocument.Parse(site.Output(SearchIndex.PostPath(number)));
        return json.RootElement.Clone();
    }

    /// <summary>Every file under search/ but the page, by path.</summary>
    private static Dictionary<string, string> IndexFiles(TempSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Destination, "search"), "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(site.Destination, path).Replace('\\', '/'))
            .ToDictionary(path => path, site.Output, StringComparer.Ordinal);

    [Fact]
    public void TheIndexHasAFileForEveryPostOldestFirstWithTitleUrlDateTagsAndText()
    {
        using var site = Site();
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);

        Assert.False(site.HasOutput(SearchIndex.PostPath(2)));
        var news = Post(site, 1);
        Assert.Equal("特朗普与普京达成协议", news.GetProperty("title").GetString());
        Assert.Equal("/blog/2025/02/13/news/", news.GetProperty("url").GetString());
        Assert.Equal("2025-02-13T07:55:52+08:00", news.GetProperty("date").GetString());
        Assert.Equal(0, news.GetProperty("tags").GetArrayLength());
        Assert.Equal("美国总统特朗普表示，双方同意立即开始谈判。", news.GetProperty("text").GetString());

        var hello = Post(site, 0);
        Assert.Equal("Hello <World>", hello.GetProperty("title").GetString());
        Assert.Equal("/blog/2025/01/01/hello/", hello.GetProperty("url").GetString());
        Assert.Equal("2025-01-01T10:00:00+08:00", hello.GetProperty("date").GetString());
        Assert.Equal(["intro", "日本"], hello.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("First paragraph with & entity. Embedded HTML one two", hello.GetProperty("text").GetString());
    }

    [Fact]
    public void TheIndexKeepsCjkReadableAndEscapesMarkupCharacters()
    {
        using var site = Site();
        site.Build();
        var json = site.Output(SearchIndex.PostPath(1)) + site.Output(SearchIndex.PostPath(0));
        Assert.Contains("特朗普与普京达成协议", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<World>", json, StringComparison.Ordinal);
        var shards = System.Text.Json.JsonDocument.Parse(site.Output(SearchIndex.ManifestPath)).RootElement.GetProperty("shards").GetInt32();
        Assert.True(site.HasOutput(SearchShards.PathOf(SearchShards.Of("普京", shards), shards)));
    }

    [Fact]
    public void PostUrlsArePercentEncodedLikeLinks()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-03-01-中文.md", "---\ntitle: T\n---\nx\n");
        site.Build();
        Assert.Equal("/blog/2025/03/01/%E4%B8%AD%E6%96%87/", Post(site, 0).GetProperty("url").GetString());
    }

    [Fact]
    public void LongTextIsCutAtTheLimit()
    {
        var body = string.Join(" ", Enumerable.Repeat("word", 3000));
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-03-01-long.md", "---\ntitle: Long\n---\n" + body + "\n");
        site.Build();
        var text = Post(site, 0).GetProperty("text").GetString()!;
        Assert.InRange(text.Length, SearchIndex.TextLimit - 4, SearchIndex.TextLimit);
        Assert.StartsWith("word word", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheIndexIsTheSameOnEveryBuild()
    {
        using var site = Site();
        site.Build();
        var first = IndexFiles(site);
        site.Build();
        Assert.Equal(first, IndexFiles(site));
        Assert.True(first.Count > 3);
    }

    [Fact]
    public void TheSearchPageHasALabelledFormTheIndexAddressAndTheScript()
    {
        using var site = Site();
        site.Build();
        var page = Html.Parse(site.Output("search/index.html"));

        var root = page.QuerySelector("[data-search-index]")!;
        Assert.Equal("/blog/search/index.json", root.GetAttribute("data-search-index"));
        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("/blog/search/", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        Assert.NotNull(page.QuerySelector("noscript"));
        Assert.NotNull(page.QuerySelector(".search-results"));
        Assert.NotNull(page.QuerySelector("[role=status]"));
        Assert.Equal("/blog/assets/js/search.js", page.QuerySelector("script")!.GetAttribute("src"));
        Assert.True(site.HasOutput("assets/js/search.js"));
        Assert.Equal("Search — Test Blog", page.Title);
    }

    [Fact]
    public void SearchFalseWritesNeitherIndexNorPage()
    {
        using var site = Site(Config + "search: false\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.False(site.HasOutput(SearchIndex.ManifestPath));
        Assert.False(Directory.Exists(Path.Combine(site.Destination, "search")));
        Assert.False(site.HasOutput("search/index.html"));
    }

    [Fact]
    public void ASearchValueThatIsNotTrueOrFalseIsReportedAndSearchStaysOn()
    {
        using var site = Site(Config + "search: sometimes\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ConfigValueInvalid, error.Code);
        Assert.Equal("_config.yml", error.Path);
        Assert.Contains("search: must be true or false", error.Message, StringComparison.Ordinal);
        Assert.True(site.HasOutput(SearchIndex.ManifestPath));
    }

    [Fact]
    public void ASitePageAtSlashSearchIsKeptInsteadOfTheGeneratedOne()
    {
        using var site = Site().With("search.md", "---\ntitle: My search\npermalink: /search/\n---\nMy own search page.\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("My own search page.", site.Output("search/index.html"), StringComparison.Ordinal);
        Assert.True(site.HasOutput(SearchIndex.ManifestPath));
    }
}
