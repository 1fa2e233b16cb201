using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// Multi-line output keeps its text exactly: a layout that indents <c>{{ content }}</c> (or an include) must not indent
/// the second and later lines of a <c>&lt;pre&gt;</c> block, or Python and YAML samples change meaning.
/// </summary>
public sealed class MultiLineOutputTests
{
    private const string Code = "```python\ndef f():\n    return 1\n```\n";

    [Theory]
    [InlineData("_layouts/post.html", "<main>\n    {{ content }}\n</main>\n")]
    [InlineData("_layouts/post.sbn-html", "<main>\n    {{ content }}\n</main>\n")]
    [InlineData("_layouts/post.html", "<main>\n    {% include body.html %}\n</main>\n")]
    [InlineData("_layouts/post.sbn-html", "<main>\n    {{ include 'body.html' }}\n</main>\n")]
    public void Code_in_an_indented_layout_keeps_its_lines(string layoutFile, string layoutText)
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\n")
            .With("_posts/2025-01-01-code.md", "---\ntitle: Code\n---\n" + Code)
            .With("_includes/body.html", "{{ content }}")
            .With(layoutFile, layoutText);

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        var pre = Html.Parse(site.Output("2025/01/01/code.html")).QuerySelector("pre")!;
        Assert.Equal("def f():\n    return 1\n", pre.TextContent);
        Assert.Contains("\n</code></pre>", site.Output("2025/01/01/code.html"), StringComparison.Ordinal);
    }
}
