using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class RedirectGeneratorTests
{
    private const string Config = "title: Test Blog\nurl: https://example.org\nbaseurl: /blog\npermalink: pretty\n";

    private static void AssertRedirectsTo(string html, string target)
    {
        var page = Html.Parse(html);
        Assert.Equal($"0; url={target}", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(target, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(target, page.QuerySelector("body a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Theory]
    [InlineData("redirect_from: /old/\n", new[] { "old/index.html" })]
    [InlineData("redirect_from:\n  - /old.html\n  - /2020/旧/\n", new[] { "old.html", "2020/旧/index.html" })]
    public void RedirectFromWritesAPagePointingAtThePost(string frontMatter, string[] outputs)
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-new.md", $"---\ntitle: New\n{frontMatter}---\nText.\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        foreach (var output in outputs)
        {
            AssertRedirectsTo(site.Output(output), "https://example.org/blog/2025/01/01/new/");
        }
        Assert.Contains(">New</h1>", site.Output("2025/01/01/new/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/elsewhere/", "https://example.org/blog/elsewhere/")]
    [InlineData("https://other.example/page", "https://other.example/page")]
    public void RedirectToMakesThePageItselfARedirect(string target, string expected)
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("moved.md", $"---\ntitle: Moved\nredirect_to: {target}\n---\nOld text.\n");

        site.Build();

        var html = site.Output("moved/index.html");
        AssertRedirectsTo(html, expected);
        Assert.DoesNotContain("Old text.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsafeRedirectFromIsAnErrorAtItsLine()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-new.md", "---\ntitle: New\ntags: [a]\nredirect_from: /../../etc/passwd\n---\nText.\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RedirectFromInvalid);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("_posts/2025-01-01-new.md", error.Path);
        Assert.Equal(4, error.Line);
        Assert.Contains("..", error.Message, StringComparison.Ordinal);
        Assert.True(site.HasOutput("2025/01/01/new/index.html"));
        Assert.DoesNotContain(site.OutputFiles(), f => f.Contains("passwd", StringComparison.Ordinal));
    }

    [Fact]
    public void ScriptRedirectToIsAnErrorAndThePageStays()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("moved.md", "---\ntitle: Moved\nredirect_to: \"javascript:alert(1)\"\n---\nOld text.\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RedirectToInvalid);
        Assert.Equal(3, error.Line);
        Assert.Contains("Old text.", site.Output("moved/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ARedirectOntoAnExistingPageIsACollisionAndThePageIsKept()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("about.md", "---\ntitle: About\n---\nAbout me.\n")
            .With("_posts/2025-01-01-new.md", "---\ntitle: New\nredirect_from: /about/\n---\nText.\n");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UrlCollision);
        Assert.Contains("About me.", site.Output("about/index.html"), StringComparison.Ordinal);
    }
}
