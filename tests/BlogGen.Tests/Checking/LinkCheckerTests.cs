using BlogGen.Checking;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Checking;

/// <summary>The checker on hand-written built sites: each broken case is one table row, each good case another.</summary>
public sealed class LinkCheckerTests : IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "bloggen-tests", Guid.NewGuid().ToString("N"));

    public LinkCheckerTests()
    {
        Write("index.html", "<html><body><h1 id=\"top-heading\">Home</h1><a name=\"old-anchor\"></a></body></html>");
        Write("about/index.html", "<html><body><h2 id=\"联系\">Contact</h2><p id=\"who\">Us</p></body></html>");
        Write("2025/03/01/hello.html", "<html><body><p id=\"intro\">Hi</p></body></html>");
        Write("tags/日本経済新聞/index.html", "<html><body></body></html>");
        Write("assets/css/style.css", "body{}");
        Write("assets/a b.png", "png");
        Write("feed.xml", "<feed/>");
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Theory]
    [InlineData("/blog/")]
    [InlineData("/blog")]
    [InlineData("/blog/index.html")]
    [InlineData("/blog/about/")]
    [InlineData("/blog/about")]
    [InlineData("../about/")]
    [InlineData("./../about/index.html#who")]
    [InlineData("/blog/about/#%E8%81%94%E7%B3%BB")]
    [InlineData("/blog/2025/03/01/hello")]
    [InlineData("/blog/2025/03/01/hello.html#intro")]
    [InlineData("/blog/tags/%E6%97%A5%E6%9C%AC%E7%B5%8C%E6%B8%88%E6%96%B0%E8%81%9E/")]
    [InlineData("/blog/tags/日本経済新聞/")]
    [InlineData("/blog/assets/a%20b.png")]
    [InlineData("/blog/feed.xml?v=1")]
    [InlineData("#top-heading")]
    [InlineData("#old-anchor")]
    [InlineData("#top")]
    [InlineData("#")]
    [InlineData("")]
    [InlineData("https://example.org/blog/about/")]
    [InlineData("//example.org/blog/assets/css/style.css")]
    [InlineData("https://elsewhere.example/missing/")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("javascript:void(0)")]
    public void LinksThatResolveAreNotReported(string href)
    {
        Write("page/index.html", $"<html><body><a href=\"{href}\">x</a><h1 id=\"top-heading\">t</h1><a name=\"old-anchor\"></a></body></html>");
        var result = Check();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("/blog/missing/", "BG6001", "/blog/missing/")]
    [InlineData("/blog/about/index.htm", "BG6001", "/blog/about/index.htm")]
    [InlineData("https://example.org/blog/gone.html", "BG6001", "/blog/gone.html")]
    [InlineData("../../outside/", "BG6003", "/outside/")]
    [InlineData("/about/", "BG6003", "/about/")]
    [InlineData("/blog/about/#nowhere", "BG6002", "#nowhere")]
    [InlineData("#missing", "BG6002", "this page")]
    [InlineData("/blog/2025/03/01/hello#Intro", "BG6002", "#Intro")]
    [InlineData("http://[bad", "BG6004", "not a valid URL")]
    public void BrokenLinksAreReportedWithPageLineAndColumn(string href, string code, string mentioned)
    {
        Write("page/index.html", $"<html>\n<body>\n  <p>text</p> <a href=\"{href}\">x</a>\n</body></html>");
        var result = Check();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.StartsWith($"_site/page/index.html(3,15): error {code}: href=\"{href}\"", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Contains(mentioned, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void SrcAndEverySrcsetCandidateAreChecked()
    {
        Write("page/index.html", "<img src=\"/blog/assets/a%20b.png\" srcset=\"/blog/assets/a%20b.png 1x, /blog/assets/big.png 2x\"><script src=\"/blog/app.js\"></script><link rel=\"stylesheet\" href=\"/blog/assets/css/style.css\">");
        var result = Check();
        Assert.Collection(result.Diagnostics.Select(d => d.Message),
            message => Assert.StartsWith("srcset=\"/blog/assets/big.png\"", message, StringComparison.Ordinal),
            message => Assert.StartsWith("src=\"/blog/app.js\"", message, StringComparison.Ordinal));
        Assert.Equal(5, result.LinksChecked);
    }

    [Fact]
    public void WithoutBaseUrlSiteRelativeLinksResolveFromTheRoot()
    {
        Write("page/index.html", "<a href=\"/about/#who\">a</a><a href=\"/blog/about/\">b</a>");
        var result = LinkChecker.Check(new CheckOptions(_site, "", "https://example.org", "_site/"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BG6001", diagnostic.Code);
        Assert.Equal(5, result.PagesChecked);
    }

    [Fact]
    public void AMissingSiteIsOneError()
    {
        var result = LinkChecker.Check(new CheckOptions(Path.Combine(_site, "nope"), "", "", ""));
        Assert.Equal("BG6005", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(1, result.ExitCode);
    }

    [Theory]
    [InlineData("a.png 1x, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData(" a.png ", new[] { "a.png" })]
    [InlineData("a.png 480w,b.png 800w", new[] { "a.png", "b.png" })]
    public void SrcsetCandidatesAreSplit(string srcset, string[] urls) =>
        Assert.Equal(urls, PageScanner.SrcsetUrls(srcset));

    private CheckResult Check() => LinkChecker.Check(new CheckOptions(_site, "/blog", "https://example.org", "_site/"));

    private void Write(string relativePath, string html)
    {
        var path = Path.Combine(_site, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html);
    }
}
