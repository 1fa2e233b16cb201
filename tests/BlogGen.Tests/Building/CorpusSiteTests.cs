using System.Text.Json;
using System.Xml.Linq;

using BlogGen.Building;
using BlogGen.Checking;
using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators.Search;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>
/// The 60-post corpus of the benchmarks (mirrored Chinese news and Markdown notes), built under a base URL and
/// checked as a reader, a feed reader and a search engine see it.
/// </summary>
public sealed class CorpusSiteTests : IClassFixture<CorpusSiteTests.CorpusSite>
{
    private const string BaseUrl = "/blog";
    private const string SiteUrl = "https://blog.example.org";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly CorpusSite _corpus;

    public CorpusSiteTests(CorpusSite corpus) => _corpus = corpus;

    public sealed class CorpusSite : IDisposable
    {
        public CorpusSite()
        {
            Site = new TempSite();
            var fixture = RepositoryFiles.PathOf("tests", "fixtures", "corpus-60");
            foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
            {
                Site.WithBytes(Path.GetRelativePath(fixture, file), File.ReadAllBytes(file));
            }
            Site.With("_posts/2025-03-01-moved.md", "---\ntitle: Moved here\ntags: [notes]\nredirect_from: [/old/moved/]\ntoc: true\n---\n## 第一节\n\n正文。\n\n## Second\n\nText.\n");
            Result = Site.Build(new ConfigOverrides { BaseUrl = BaseUrl });
            Posts = Directory.GetFiles(Path.Combine(Site.Root, "_posts")).Length;
        }

        public TempSite Site { get; }

        public BuildResult Result { get; }

        public int Posts { get; }

        public void Dispose() => Site.Dispose();
    }

    private TempSite Site => _corpus.Site;

    [Fact]
    public void BuildsEveryPostWithoutErrors()
    {
        Assert.DoesNotContain(_corpus.Result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(61, _corpus.Posts);
        Assert.Equal(_corpus.Posts, _corpus.Result.Posts);
    }

    [Fact]
    public void NoInternalLinkOrImageIsBroken()
    {
        var check = LinkChecker.Check(new CheckOptions(Site.Destination, BaseUrl, SiteUrl));

        // The corpus's notes name a source on the blog's own host (from: https://blog.example.org/drafts/N) that
        // is not part of the built site: content, shown as written. Everything the build itself links must resolve.
        Assert.DoesNotContain(check.Diagnostics, d => !d.Message.Contains("href=\"https://blog.example.org/drafts/", StringComparison.Ordinal));
        Assert.True(check.PagesChecked > _corpus.Posts);
        Assert.True(check.LinksChecked > 1000);
    }

    [Fact]
    public void TheFeedIsAtomWithTheNewestPostsAndAbsoluteUrls()
    {
        var feed = XDocument.Parse(Site.Output("feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(SiteUrl + BaseUrl + "/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(20, entries.Count);
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderDescending(), published);
        Assert.All(entries, e => Assert.StartsWith(SiteUrl + BaseUrl + "/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("<script", e.Element(Atom + "content")!.Value, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TheSitemapListsEveryPostAndPageOnce()
    {
        var urls = XDocument.Parse(Site.Output("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.Equal(urls.Distinct().Count(), urls.Count);
        Assert.Contains(SiteUrl + BaseUrl + "/", urls);
        Assert.Contains(SiteUrl + BaseUrl + "/about/", urls);
        Assert.Equal(_corpus.Posts, urls.Count(u => u.Contains("/20", StringComparison.Ordinal)));
        Assert.Contains("Sitemap: " + SiteUrl + BaseUrl + "/sitemap.xml", Site.Output("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPostHasJsonLdThatParses()
    {
        var pages = Site.OutputFiles().Where(p => p.StartsWith("20", StringComparison.Ordinal) && p.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(_corpus.Posts, pages.Count);
        foreach (var page in pages)
        {
            var script = Html.Parse(Site.Output(page)).QuerySelector("script[type='application/ld+json']")!;
            using var json = JsonDocument.Parse(script.TextContent);
            Assert.Equal("BlogPosting", json.RootElement.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("headline").GetString()));
        }
    }

    [Fact]
    public void TagPagesCountAndListTheirPosts()
    {
        var index = Html.Parse(Site.Output("tags/index.html"));
        var tagLinks = index.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith(BaseUrl + "/tags/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tagLinks);
        var cjkTag = Html.Parse(Site.Output(Path.Combine("tags", Slugifier.Slugify("日本経済新聞"), "index.html")));
        Assert.NotEmpty(cjkTag.QuerySelectorAll("main article, main li"));
        Assert.Contains(tagLinks, h => h == BaseUrl + "/tags/" + Uri.EscapeDataString(Slugifier.Slugify("日本経済新聞")) + "/");
    }

    [Fact]
    public void TheArchiveLinksEveryPost()
    {
        var links = Html.Parse(Site.Output("archive/index.html")).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        var posts = Site.OutputFiles().Where(p => p.StartsWith("20", StringComparison.Ordinal) && p.EndsWith("index.html", StringComparison.Ordinal));
        Assert.All(posts, p => Assert.Contains(BaseUrl + "/" + UrlPath.Encode(p[..^"index.html".Length]), links));
    }

    [Fact]
    public void TheHomePageIsPaginated()
    {
        var pages = (int)Math.Ceiling(_corpus.Posts / 10.0);
        Assert.True(Site.HasOutput($"page{pages}/index.html"));
        Assert.False(Site.HasOutput($"page{pages + 1}/index.html"));
        Assert.Contains(Html.Parse(Site.Output("index.html")).QuerySelectorAll("a"), a => a.GetAttribute("href") == BaseUrl + "/page2/");
    }

    [Fact]
    public void RedirectsPointAtTheNewAddress()
    {
        var redirect = Html.Parse(Site.Output("old/moved/index.html"));
        Assert.Contains("/blog/2025/03/01/moved/", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("toc", Site.Output("2025/03/01/moved/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSearchIndexHoldsEveryPostWithItsText()
    {
        var posts = Enumerable.Range(0, _corpus.Posts).Select(number => JsonDocument.Parse(Site.Output(SearchIndex.PostPath(number))).RootElement).ToList();
        Assert.False(Site.HasOutput(SearchIndex.PostPath(_corpus.Posts)));
        Assert.All(posts, p => Assert.StartsWith(BaseUrl + "/", p.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Contains(posts, p => p.GetProperty("text").GetString()!.Contains("第一节", StringComparison.Ordinal));
        Assert.DoesNotContain(posts, p => p.GetProperty("text").GetString()!.Contains("<p>", StringComparison.Ordinal));
    }
}
