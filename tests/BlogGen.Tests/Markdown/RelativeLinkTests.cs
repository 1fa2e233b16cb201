using BlogGen.Markdown;

namespace BlogGen.Tests.Markdown;

public sealed class RelativeLinkTests
{
    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe);

    private static string? Resolve(string path) => path switch
    {
        "cli.md" => "/docs/cli/",
        "../about.md" => "/about/",
        "中文.md" => "/zh/",
        "/pic.png" => "/base/pic.png",
        _ => null,
    };

    [Theory]
    [InlineData("[CLI](cli.md)", "<p><a href=\"/docs/cli/\">CLI</a></p>\n")]
    [InlineData("[Options](cli.md#options)", "<p><a href=\"/docs/cli/#options\">Options</a></p>\n")]
    [InlineData("[About](../about.md?x=1)", "<p><a href=\"/about/?x=1\">About</a></p>\n")]
    [InlineData("[中文](%E4%B8%AD%E6%96%87.md)", "<p><a href=\"/zh/\">中文</a></p>\n")]
    [InlineData("[ref][r]\n\n[r]: cli.md", "<p><a href=\"/docs/cli/\">ref</a></p>\n")]
    [InlineData("[unknown](other.md)", "<p><a href=\"other.md\">unknown</a></p>\n")]
    [InlineData("[abs](/cli.md)", "<p><a href=\"/cli.md\">abs</a></p>\n")]
    [InlineData("[web](https://example.org/cli.md)", "<p><a href=\"https://example.org/cli.md\">web</a></p>\n")]
    [InlineData("[frag](#cli.md)", "<p><a href=\"#cli.md\">frag</a></p>\n")]
    [InlineData("![img](cli.md)", "<p><img src=\"/docs/cli/\" alt=\"img\" /></p>\n")]
    [InlineData("![root](/pic.png)", "<p><img src=\"/base/pic.png\" alt=\"root\" /></p>\n")]
    [InlineData("[proto](//cdn.example/x.md)", "<p><a href=\"//cdn.example/x.md\">proto</a></p>\n")]
    public void LinksToSourceFilesPointAtTheirPages(string markdown, string html) =>
        Assert.Equal(html, Renderer.Render(markdown, Resolve).Html);

    [Fact]
    public void WithoutAResolverLinksStayAsWritten() =>
        Assert.Equal("<p><a href=\"cli.md\">CLI</a></p>\n", Renderer.Render("[CLI](cli.md)").Html);
}
