using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// A tag Liquid and Jekyll do not define keeps the post's text as written, with a warning on its line; in a layout or
/// include it prints nothing, with a warning at its line and column (Jekyll plugins' tags such as <c>{% twitter %}</c> among them).
/// </summary>
public sealed class UnknownLiquidTagTests
{
    [Theory]
    [InlineData("Price {% 标签 %} today.", "Price {% 标签 %} today.", 4)]
    [InlineData("First line.\n\n{% twitter jekyllrb %}\nputs 1", "{% twitter jekyllrb %}", 6)]
    public void An_unknown_tag_is_kept_as_written(string body, string expectedText, int expectedLine)
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\n" + body + "\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.ContentLiquidRenderedLiterally, "_posts/2025-01-01-x.md", expectedLine),
            (warning.Severity, warning.Code, warning.Path, warning.Line));
        Assert.Contains(expectedText, Html.Parse(site.Output("2025/01/01/x.html")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% assign n = 2 %}{% if n > 1 %}many{% endif %}", "many")]
    [InlineData("{% raw %}{% 标签 %}{% endraw %}", "{% 标签 %}")]
    [InlineData("{%- capture x -%}caught{%- endcapture -%}{{ x }}", "caught")]
    public void Known_tags_and_raw_blocks_still_work(string body, string expectedText)
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\n" + body + "\n");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(expectedText, Html.Parse(site.Output("2025/01/01/x.html")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_layouts/post.html", "<head>\n  {%- twitter -%}\n  <b>{% github_edit_link \"Edit\" page.path %}</b>\n</head>{{ content }}", "<head><b></b>\n</head>")]
    [InlineData("_includes/head.html", "<head>\n  {%- twitter -%}\n  <b>{% github_edit_link \"Edit\" page.path %}</b>\n</head>", "<head><b></b>\n</head>")]
    public void An_unknown_tag_in_a_layout_or_include_prints_nothing_with_a_warning_where_it_is(string file, string text, string expected)
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\nBody\n")
            .With("_layouts/post.html", "{% include head.html %}{{ content }}")
            .With(file, text);

        var result = site.Build();

        Assert.Equal([(file, 2, 3, "twitter"), (file, 3, 6, "github_edit_link")],
            result.Diagnostics.Select(d => (d.Path, d.Line, d.Column, d.Message[..d.Message.IndexOf(" %}'", StringComparison.Ordinal)][4..])));
        Assert.All(result.Diagnostics, d => Assert.Equal((Severity.Warning, DiagnosticCodes.LiquidTagUnknown), (d.Severity, d.Code)));
        Assert.StartsWith(expected + "<p>Body</p>", site.Output("2025/01/01/x.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_inside_raw_in_a_layout_is_text()
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\nBody\n")
            .With("_layouts/post.html", "{% raw %}{% seo %}{% endraw %}{{ content }}");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.StartsWith("{% seo %}<p>Body</p>", site.Output("2025/01/01/x.html"), StringComparison.Ordinal);
    }
}
