using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Markdown;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Markdown.Kramdown;

/// <summary>
/// kramdown syntax BlogGen does not read is found with its line, so the writer hears of it; the same text in code, or
/// syntax BlogGen does read, is not reported. A BlogGen (CommonMark) site reports none.
/// </summary>
public sealed class UnsupportedKramdownSyntaxTests
{
    private static readonly MarkdownRenderer Kramdown = new(TestUrlPolicy.IsSafe, settings: MarkdownSettings.Kramdown);
    private static readonly MarkdownRenderer CommonMark = new(TestUrlPolicy.IsSafe);

    [Theory]
    [InlineData("Intro.\n\n{:wide: .full-width}\n\nMore.", "{:wide: .full-width}", "an attribute list definition", 3)]
    [InlineData("Before {::comment}hidden{:/comment} after.", "{::comment}", "a kramdown extension", 1)]
    [InlineData("One.\n\n{::nomarkdown}<b>x</b>{:/nomarkdown}", "{::nomarkdown}", "a kramdown extension", 3)]
    [InlineData("HTML is fun.\n\n*[HTML]: Hyper Text Markup Language", "*[HTML]:", "an abbreviation definition", 3)]
    [InlineData("* a list\n\n^\n\n* another", "^", "an end-of-block marker", 3)]
    [InlineData("| Q | D |\n|---+---:|\n| 2 | x |", "|---+---:|", "a table separator line with '+' between its columns (write '|' there)", 2)]
    [InlineData("| a | b |\n| - | - |\n| 1 | 2 |\n\n|===|===|\n| t | 3 |", "|===|===|", "a table footer separator line", 5)]
    public void Each_kind_is_found_with_its_line(string markdown, string written, string what, int line)
    {
        var found = Assert.Single(Kramdown.Render(markdown).UnsupportedSyntax);

        Assert.Equal(new UnsupportedSyntax(written, what, line), found);
        Assert.Empty(CommonMark.Render(markdown).UnsupportedSyntax);
    }

    [Theory]
    [InlineData("Use `{::comment}` to hide text.")]
    [InlineData("```\n{:wide: .x}\n*[HTML]: y\n```")]
    [InlineData("    {::nomarkdown}")]
    [InlineData("Text\n\n----+----\n\n1 + 2 = 3 and |x| = 2")]
    [InlineData("* list\n\n* toc\n{:toc}")]
    [InlineData("A para\n{: .lead #p1}")]
    [InlineData("Price is 5^2.")]
    [InlineData("Text.\n\n## Setup {#setup}\n")]
    public void Code_and_syntax_BlogGen_reads_are_not_reported(string markdown) =>
        Assert.Empty(Kramdown.Render(markdown).UnsupportedSyntax);

    [Fact]
    public void A_post_gets_a_warning_at_the_line_and_keeps_the_text()
    {
        using var site = new TempSite()
            .With("_config.yml", "markdown: kramdown\nurl: https://example.org\n")
            .With("_layouts/post.html", "{{ content }}")
            .With("_posts/2025-01-01-x.md", "---\ntitle: X\nlayout: post\n---\nHTML rocks.\n\n*[HTML]: Hyper Text Markup Language\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.MarkdownSyntaxNotRead, "_posts/2025-01-01-x.md", 7), (warning.Severity, warning.Code, warning.Path, warning.Line));
        Assert.Contains("*[HTML]: Hyper Text Markup Language", Html.Parse(site.Output("2025/01/01/x.html")).Body!.TextContent, StringComparison.Ordinal);
    }
}
