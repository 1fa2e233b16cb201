using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>A tag Liquid and Jekyll do not define keeps the post's text as written, with a warning on its line.</summary>
public sealed class UnknownLiquidTagTests
{
    [Theory]
    [InlineData("Price {% 标签 %} today.", "Price {% 标签 %} today.", 4)]
    [InlineData("First line.\n\n{% highlight ruby %}\nputs 1\n{% endhighlight %}", "{% highlight ruby %}", 6)]
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
}
