using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class NotFoundPageGeneratorTests
{
    [Fact]
    public void A404PageWithTheThemeLayoutLinksHome()
    {
        using var site = new TempSite().With("_config.yml", "title: Test Blog\nbaseurl: /blog\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == BlogGen.Diagnostics.Severity.Error);
        var page = Html.Parse(site.Output("404.html"));
        Assert.Equal("Page not found", page.QuerySelector("article.page h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("article.page a"), a => a.GetAttribute("href") == "/blog/");
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href='/blog/assets/css/style.css']"));
    }

    [Theory]
    [InlineData("404.html", "<!doctype html><p>my own</p>\n")]
    [InlineData("404.md", "---\ntitle: Lost\npermalink: /404.html\n---\nmy own\n")]
    public void TheSitesOwn404PageWins(string path, string text)
    {
        using var site = new TempSite().With("_config.yml", "title: Test Blog\n").With(path, text);

        var result = site.Build();

        Assert.Contains("my own", site.Output("404.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == BlogGen.Diagnostics.DiagnosticCodes.UrlCollision);
    }
}
