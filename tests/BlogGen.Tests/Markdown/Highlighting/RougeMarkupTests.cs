using BlogGen.Configuration;
using BlogGen.Markdown;
using BlogGen.Markdown.Highlighting;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Markdown.Highlighting;

/// <summary>
/// Code on kramdown sites is marked up as Jekyll marks it up with Rouge. The expected HTML was captured from Jekyll 4.3.1
/// (kramdown 2.4, Rouge 3.30) building the same Markdown.
/// </summary>
public sealed class RougeMarkupTests
{
    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe, settings: MarkdownSettings.Kramdown);

    private static string Render(string markdown) => Renderer.Render(markdown).Html;

    [Theory]
    [InlineData("```\nplain <x>\n```", "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>plain &lt;x&gt;\n</code></pre></div></div>\n")]
    [InlineData("    indented", "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>indented\n</code></pre></div></div>\n")]
    [InlineData("```text\na<b\n```", "<div class=\"language-text highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>a&lt;b\n</code></pre></div></div>\n")]
    [InlineData("```\n```", "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code></code></pre></div></div>\n")]
    [InlineData("```nosuchlang\nabc\n```", "<pre><code class=\"language-nosuchlang\">abc\n</code></pre>\n")]
    [InlineData("```Ruby\nx = 1\n```", "<pre><code class=\"language-Ruby\">x = 1\n</code></pre>\n")]
    [InlineData("```ruby\ndef x; 1; end\n```", "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><span class=\"k\">def</span> <span class=\"nf\">x</span><span class=\"p\">;</span> <span class=\"mi\">1</span><span class=\"p\">;</span> <span class=\"k\">end</span>\n</code></pre></div></div>\n")]
    [InlineData("`code`", "<p><code class=\"language-plaintext highlighter-rouge\">code</code></p>\n")]
    public void Code_is_marked_up_as_Jekyll_marks_it_up(string markdown, string expected) =>
        Assert.Equal(expected, Render(markdown));

    /// <summary>Tokens (class:text) that Rouge gives the same code; the grammars differ from Rouge's lexers in detail.</summary>
    [Theory]
    [InlineData("ruby", "def greet(name)\n  puts \"hi\" # say\n  @count = 42\nend", "k:def", "nf:greet", "s2:\"hi\"", "c1:# say", "vi:@count", "o:=", "mi:42", "k:end")]
    [InlineData("rb", "def greet(name)\nend", "k:def", "nf:greet")]
    [InlineData("python", "import os\ndef f(a, b=None):\n    return a and 'x'  # c", "kn:import", "k:def", "nf:f", "o:=", "ow:and", "c1:# c")]
    [InlineData("php", "function f($a) { return 'x'; } // c", "k:function", "nv:$a", "k:return", "s1:'x'", "c1:// c")]
    [InlineData("swift", "func f() -> String { }", "nf:f", "o:->")]
    [InlineData("dockerfile", "FROM debian:12\nRUN apt-get install -y ruby # c", "k:FROM", "k:RUN")]
    [InlineData("yaml", "key: v # c\ncount: 3", "na:key", "c1:# c", "na:count")]
    [InlineData("javascript", "const a = 1.5; // x\nfunction g() { return 1; }", "kd:const", "kd:function", "o:=", "mf:1.5", "p:;", "c1:// x", "k:return")]
    [InlineData("java", "public int x = 0; // c", "kd:public", "kt:int", "o:=", "mi:0", "c1:// c")]
    [InlineData("csharp", "public class A { int X() => 42; } // c", "k:class", "nc:A", "kt:int", "nf:X", "c1:// c")]
    [InlineData("shell", "echo \"hi\" # c", "nb:echo", "s2:\"hi\"")]
    [InlineData("c", "int main(void) { return 0; }", "kt:int", "nf:main", "kt:void", "k:return", "mi:0", "p:;")]
    [InlineData("json", "{\"key\": true, \"n\": 1}", "kc:true", "mi:1")]
    [InlineData("diff", "--- a\n+++ b\n-old\n+new", "gd:-old", "gi:+new")]
    [InlineData("sql", "SELECT 1 FROM t", "k:SELECT", "mi:1", "k:FROM")]
    [InlineData("kotlin", "val x = 1")]
    public void Tokens_get_Rouge_classes(string language, string code, params string[] expected)
    {
        var html = Render($"```{language}\n{code}\n```");
        var tokens = Html.Parse(html).QuerySelectorAll("pre.highlight code span").Select(span => $"{span.ClassName}:{span.TextContent}").ToList();

        Assert.StartsWith($"<div class=\"language-{language} highlighter-rouge\">", html, StringComparison.Ordinal);
        Assert.All(expected, token => Assert.Contains(token, tokens));
    }
}
