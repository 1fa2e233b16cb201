using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// <c>{% highlight %}</c> in a post and in a layout is written as Jekyll 4.3.1 writes it with Rouge 3.30; the expected HTML
/// was captured from Jekyll building the same post. Liquid inside runs, as in Jekyll, and Markdown leaves the figure whole.
/// </summary>
public sealed class JekyllHighlightTagTests
{
    private const string Body =
        "Before.\n\n{% highlight ruby %}\ndef x\n\n  \"a\" # {{ 1 | plus: 1 }}\nend\n{% endhighlight %}\n\nAfter {% raw %}{{ x }}{% endraw %}.\n\n"
        + "{% highlight python linenos %}\ndef f():\n    return 1\n{% endhighlight %}\n\n{% highlight nosuch %}\na < b\n{% endhighlight %}\n";

    private const string Jekyll =
        "<p>Before.</p>\n\n<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\"><span class=\"k\">def</span> <span class=\"nf\">x</span>\n\n"
        + "  <span class=\"s2\">\"a\"</span> <span class=\"c1\"># 2</span>\n<span class=\"k\">end</span></code></pre></figure>\n\n<p>After {{ x }}.</p>\n\n"
        + "<figure class=\"highlight\"><pre><code class=\"language-python\" data-lang=\"python\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n"
        + "</pre></td><td class=\"code\"><pre><span class=\"k\">def</span> <span class=\"nf\">f</span><span class=\"p\">():</span>\n    <span class=\"k\">return</span> <span class=\"mi\">1</span>\n"
        + "</pre></td></tr></tbody></table></code></pre></figure>\n\n<figure class=\"highlight\"><pre><code class=\"language-nosuch\" data-lang=\"nosuch\">a &lt; b</code></pre></figure>\n";

    [Theory]
    [InlineData("markdown: kramdown\n")]
    [InlineData("title: a BlogGen site\n")]
    public void A_post_gets_jekylls_figures(string configuration)
    {
        using var site = new TempSite()
            .With("_config.yml", configuration)
            .With("_layouts/bare.html", "{{ content }}")
            .With("_posts/2025-01-01-x.md", "---\ntitle: X\nlayout: bare\n---\n" + Body);

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error || d.Code == DiagnosticCodes.ContentLiquidRenderedLiterally);
        Assert.Equal(Figures(Jekyll), Figures(site.Output("2025/01/01/x.html")));
        Assert.Contains("<p>After {{ x }}.</p>", site.Output("2025/01/01/x.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_gets_the_same_figure()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: t\n")
            .With("_layouts/bare.html", "{%- highlight ruby -%}\nputs 1\n{%- endhighlight -%}|{{ content }}")
            .With("_posts/2025-01-01-x.md", "---\ntitle: X\nlayout: bare\n---\nBody");

        site.Build();

        Assert.StartsWith(
            "<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\"><span class=\"nb\">puts</span> <span class=\"mi\">1</span></code></pre></figure>|<p>Body</p>",
            site.Output("2025/01/01/x.html"), StringComparison.Ordinal);
    }

    /// <summary>The expected code is Rouge 3.30's HTMLLineHighlighter (inside its HTMLTable with linenos), as Jekyll 4.4 calls it.</summary>
    [Theory]
    [InlineData("mark_lines=\"2\"", "<span class=\"k\">def</span> <span class=\"nf\">x</span>\n<span class=\"hll\">  <span class=\"mi\">1</span>\n</span><span class=\"k\">end</span>")]
    [InlineData("mark_lines=\"1 3\"", "<span class=\"hll\"><span class=\"k\">def</span> <span class=\"nf\">x</span>\n</span>  <span class=\"mi\">1</span>\n<span class=\"hll\"><span class=\"k\">end</span>\n</span>")]
    [InlineData("linenos mark_lines=\"2\"", "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n3\n</pre></td><td class=\"code\"><pre>"
        + "<span class=\"k\">def</span> <span class=\"nf\">x</span>\n<span class=\"hll\">  <span class=\"mi\">1</span>\n</span><span class=\"k\">end</span>\n\n</pre></td></tr></tbody></table>")]
    public void Marked_lines_are_wrapped_as_rouge_wraps_them(string options, string code)
    {
        using var site = new TempSite()
            .With("_config.yml", "markdown: kramdown\nurl: https://example.org\n")
            .With("_layouts/bare.html", "{{ content }}")
            .With("_posts/2025-01-01-x.md", "---\ntitle: X\nlayout: bare\n---\n{% highlight ruby " + options + " %}\ndef x\n  1\nend\n{% endhighlight %}\n");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Figures("<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">" + code + "</code></pre></figure>"),
            Figures(site.Output("2025/01/01/x.html")));
    }

    /// <summary>Pygments' <c>hl_lines</c> and any other option Jekyll ignores: the code as without it, and a warning at the tag.</summary>
    [Theory]
    [InlineData("_posts/2025-01-01-x.md", "---\ntitle: X\nlayout: bare\n---\nText.\n\n{% highlight ruby hl_lines=\"2\" %}\nputs 1\n{% endhighlight %}\n", 7, 1, "hl_lines=\"2\"")]
    [InlineData("_layouts/bare.html", "<main>\n  {% highlight ruby linenos=table mark_lines=two %}\nputs 1\n{% endhighlight %}\n{{ content }}</main>", 2, 3, "mark_lines=two")]
    public void An_option_jekyll_ignores_is_a_warning_where_it_is_written(string file, string text, int line, int column, string option)
    {
        using var site = new TempSite()
            .With("_config.yml", "markdown: kramdown\nurl: https://example.org\n")
            .With("_layouts/bare.html", "{{ content }}")
            .With("_posts/2025-01-01-x.md", "---\ntitle: X\nlayout: bare\n---\nText.\n")
            .With(file, text);

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.HighlightOptionUnused, file, line, column), (warning.Severity, warning.Code, warning.Path, warning.Line, warning.Column));
        Assert.StartsWith($"'{option}' is not an option", warning.Message, StringComparison.Ordinal);
        Assert.Contains("<span class=\"nb\">puts</span> <span class=\"mi\">1</span>", site.Output("2025/01/01/x.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("hll", site.Output("2025/01/01/x.html"), StringComparison.Ordinal);
    }

    /// <summary>Every figure, as a browser reads it (a blank line within code may be written <c>&amp;#10;</c>).</summary>
    private static List<string> Figures(string html) =>
        [.. Html.Parse(html).QuerySelectorAll("figure").Select(figure => figure.OuterHtml)];
}
