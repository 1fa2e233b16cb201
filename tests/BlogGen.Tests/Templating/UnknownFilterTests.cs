using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// A filter nobody defines is never an empty string: in a Scriban layout it fails the page with an error at its line and
/// column, in a post's Liquid the body is shown as written with a warning there (in a Liquid layout it passes its value
/// through with a warning, as in Jekyll: see <see cref="UnknownLiquidFilterInLayoutTests"/>).
/// </summary>
public sealed class UnknownFilterTests
{
    private const string PostPath = "_posts/2025-01-01-x.md";

    [Theory]
    [InlineData("_layouts/post.sbn-html", "<p>\n{{ page.title | html.escape | shout }}</p>", 2, 31, "shout")]
    [InlineData("_layouts/post.sbn-html", "<p>\n{{ shout page.title }}</p>", 2, 4, "shout")]
    public void An_unknown_filter_in_a_layout_is_an_error_where_it_is(string layoutFile, string layoutText, int line, int column, string name)
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With(PostPath, "---\ntitle: X\n---\nBody\n")
            .With(layoutFile, layoutText);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.TemplateRenderError, layoutFile, line, column),
            (error.Severity, error.Code, error.Path, error.Line, error.Column));
        Assert.StartsWith($"'{name}' is not a filter or function BlogGen knows", error.Message, StringComparison.Ordinal);
        Assert.False(site.HasOutput("2025/01/01/x.html"));
    }

    [Fact]
    public void An_unknown_filter_in_a_post_keeps_the_text_with_a_warning_where_it_is()
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n")
            .With(PostPath, "---\ntitle: X\n---\nFirst.\n\nSay {{ page.title | shout }} now.\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.ContentLiquidRenderedLiterally, PostPath, 6, 21),
            (warning.Severity, warning.Code, warning.Path, warning.Line, warning.Column));
        Assert.StartsWith("'shout' is not a filter or function BlogGen knows", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Say {{ page.title | shout }} now.", Html.Parse(site.Output("2025/01/01/x.html")).Body!.TextContent, StringComparison.Ordinal);
    }
}
