using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// A <c>{% comment %}</c>, <c>{% raw %}</c>, <c>{%</c> or <c>{{</c> never closed is named with its line and column. Jekyll
/// stops the build on one; BlogGen shows a post's text as written (nothing hidden) with a warning, and refuses a layout
/// or include with an error, as for any syntax error in it.
/// </summary>
public sealed class UnclosedLiquidTests
{
    [Theory]
    [InlineData("Before.\n\n{% comment %}\nnot closed, still shown\n", "{% comment %}", "{% endcomment %}", 6, 1)]
    [InlineData("Before {%- comment -%} not closed, still shown\n", "{% comment %}", "{% endcomment %}", 4, 8)]
    [InlineData("{% comment %}a{% endcomment %}\nThen {% comment %} not closed, still shown\n", "{% comment %}", "{% endcomment %}", 5, 6)]
    [InlineData("{% raw %}{{ not closed, still shown\n", "{% raw %}", "{% endraw %}", 4, 1)]
    [InlineData("Text {{ page.title\n\nnot closed, still shown\n", "{{", "}}", 4, 6)]
    [InlineData("Text {% if true\n\nnot closed, still shown\n", "{%", "%}", 4, 6)]
    [InlineData("{% comment %}{% endraw %}\nnot closed, still shown\n", "{% comment %}", "{% endcomment %}", 4, 1)]
    [InlineData("A {%- raw -%} {{ x }} {%- endraw -%} not closed, still shown\n", "{% raw %}", "{% endraw %}", 4, 3)]
    public void A_post_with_an_unclosed_opening_is_shown_as_written_with_a_warning_at_it(string body, string opening, string closing, int line, int column)
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\n" + body);

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.ContentLiquidRenderedLiterally, "_posts/2025-01-01-x.md", line, column),
            (warning.Severity, warning.Code, warning.Path, warning.Line, warning.Column));
        Assert.StartsWith($"'{opening}' is never closed: add '{closing}' where it should end; the text is shown as written", warning.Message, StringComparison.Ordinal);
        Assert.Contains("not closed, still shown", Html.Parse(site.Output("2025/01/01/x.html")).Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Each as Jekyll 4.3 (Liquid 5.4) renders it, but for whitespace, which the page text does not compare.</summary>
    [Theory]
    [InlineData("{% comment %}hidden{% endcomment %}shown", "shown")]
    [InlineData("{%- comment -%}hidden{%- endcomment -%}shown", "shown")]
    [InlineData("{% comment %}{% if %}{% raw %}{{ hidden{% endcomment %}shown", "shown")]
    [InlineData("{% raw %}{% comment %}{% endraw %}shown", "{% comment %}shown")]
    [InlineData("{{ '{' }}{ and {{ '}' }}} shown", "{{ and }} shown")]
    [InlineData("{{ \"}}\" }} and {{ '{{' }} shown", "}} and {{ shown")]
    [InlineData("A [ {% raw -%} {{ x }} {% endraw %} ] shown", "A [  {{ x }}  ] shown")]
    [InlineData("A [ {%- raw %} {{ x }} {% endraw -%} ] shown", "A [ {{ x }}  ] shown")]
    [InlineData("{% assign open = \"{{\" %}{% highlight ruby %}\nputs 1\n{% endhighlight %}\n{{ open }} {{ page.title }} shown", "{{ X shown")]
    public void Closed_blocks_render_as_in_jekyll(string body, string expected)
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\n" + body + "\n");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        var text = Html.Parse(site.Output("2025/01/01/x.html")).QuerySelector("article")!.TextContent;
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_layouts/post.html", "<main>\n  {% comment %} the rest {{ content }}</main>", 2, 3)]
    [InlineData("_includes/head.html", "<head>\n\n {{ page.title </head>", 3, 2)]
    public void A_layout_or_include_with_an_unclosed_opening_is_an_error_at_it(string file, string text, int line, int column)
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\nBody\n")
            .With("_layouts/post.html", "{% include head.html %}{{ content }}")
            .With(file, text);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error && d.Path == file);
        Assert.Equal((DiagnosticCodes.TemplateSyntaxError, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains("is never closed", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every opening is looked at once, also an unclosed one inside a closed comment (each pattern that finds one kind of
    /// tag reads whole tokens, never starting inside a comment or a quoted <c>"{{"</c>). Before, each unclosed comment made the patterns that find whole blocks search to
    /// the end of the text again: 20,000 of them took most of a minute, and this many would take minutes.
    /// </summary>
    [Theory]
    [InlineData("{% comment %} line {0}\n")]
    [InlineData("{% raw %} line {0}\n")]
    [InlineData("{{ line {0}\n")]
    [InlineData("{% line {0}\n")]
    [InlineData("{% comment %}{% raw %}{% endcomment %}{% raw %} line {0}\n")]
    public void Thousands_of_unclosed_openings_are_read_once(string line)
    {
        var body = string.Concat(Enumerable.Range(0, 60_000).Select(i => line.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\n" + body);

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ContentLiquidRenderedLiterally, 4), (warning.Code, warning.Line));
        Assert.Contains("line 59999", site.Output("2025/01/01/x.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% comment %}{% raw %}{% endcomment %} line {0}\n", "line 59999")]
    [InlineData("{% assign x = \"{{\" %}{{ x }} line {0}\n", "{{ line 59999")]
    public void Thousands_of_tokens_holding_an_opening_are_read_once(string line, string expected)
    {
        var body = string.Concat(Enumerable.Range(0, 60_000).Select(i => line.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n").With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\n" + body);

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(expected, site.Output("2025/01/01/x.html"), StringComparison.Ordinal);
    }
}
