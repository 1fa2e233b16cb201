using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using BlogGen.Generators;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

/// <summary>Redirect pages made from a site model alone: where each is written and where it sends the reader.</summary>
public sealed partial class RedirectGeneratorAloneTests
{
    public static TheoryData<string[], string, string[], string[]> Rows => new()
    {
        // config, front matter of new.md, "file -> target" written, documents replaced
        { ["url: https://example.com"], "redirect_from: /old/", ["old/index.html -> https://example.com/new.html"], [] },
        {
            ["url: https://example.com", "baseurl: /blog"], "redirect_from: [/a.html, /b/c/]",
            ["a.html -> https://example.com/blog/new.html", "b/c/index.html -> https://example.com/blog/new.html"], []
        },
        { ["url: https://example.com"], "redirect_to: https://elsewhere.example/x", ["new.html -> https://elsewhere.example/x"], ["new.md"] },
        { ["url: https://example.com"], "redirect_to: /about/", ["new.html -> https://example.com/about/"], ["new.md"] },
        { ["url: https://example.com"], "permalink: /新しい/\nredirect_from: /古い/", ["古い/index.html -> https://example.com/%E6%96%B0%E3%81%97%E3%81%84/"], [] },
        { ["url: https://example.com"], "title: No redirect", [], [] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void RedirectPagesPointAtTheirTargets(string[] config, string frontMatter, string[] redirects, string[] replaced)
    {
        var site = new SiteModelBuilder().File("new.md", frontMatter);
        foreach (var line in config)
        {
            site.Config(line);
        }

        var result = new RedirectGenerator().Generate(site.Build());

        Assert.Equal(redirects, result.Files.Select(f => $"{f.RelativePath} -> {RefreshTarget(f.Bytes)}"));
        Assert.Equal(replaced, result.Replaces.Select(d => d.Source.RelativePath));
        Assert.Empty(result.Diagnostics);
    }

    private static string RefreshTarget(byte[] html) =>
        WebUtility.HtmlDecode(RefreshUrl().Match(Encoding.UTF8.GetString(html)).Groups[1].Value);

    [GeneratedRegex("""<meta http-equiv="refresh" content="0; url=([^"]*)">""")]
    private static partial Regex RefreshUrl();
}
