using BlogGen.Markdown;
using BlogGen.Markdown.Highlighting;
using BlogGen.Sanitizing;
using BlogGen.Tests.TestSupport;

using RepositoryFiles = BlogGen.Tests.TestSupport.RepositoryFiles;

namespace BlogGen.Tests.Markdown.Highlighting;

public sealed class HighlightingTests
{
    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe);

    private static string Render(string markdown) => Renderer.Render(markdown).Html;

    /// <summary>(category, text) for every classed token span in the first code element.</summary>
    private static List<(string Category, string Text)> Tokens(string html) =>
        [.. Html.Parse(html).QuerySelectorAll("pre.highlight code span")
            .Select(span => (span.ClassName!, span.TextContent))];

    [Theory]
    [InlineData("csharp", "// note\nvar name = \"text\";\nreturn 42;", "comment:// note", "string:text", "number:42", "keyword:return")]
    [InlineData("cs", "public class Shape { }", "keyword:public", "type:Shape", "punctuation:{")]
    [InlineData("C#", "int Area() => 3;", "keyword:int", "function:Area", "operator:=>")]
    [InlineData("python", "def area(r):\n    return 3.14 * r  # pi", "keyword:def", "function:area", "number:3.14", "comment:# pi")]
    [InlineData("py", "name = 'x'", "string:x", "operator:=")]
    [InlineData("javascript", "const f = () => 1;", "keyword:const", "number:1")]
    [InlineData("ts", "let n: number = 2;", "keyword:let", "type:number")]
    [InlineData("json", "{\"key\": true}", "attribute:key", "constant:true")]
    [InlineData("yml", "key: value # c", "tag:key", "string:value", "comment:# c")]
    [InlineData("sh", "echo \"hi\" # c", "function:echo", "comment:# c")]
    [InlineData("ps1", "Write-Host $name", "function:Write-Host", "variable:$name")]
    [InlineData("html", "<a href=\"/x\">t</a>", "tag:a", "attribute:href", "string:/x")]
    [InlineData("css", "p { color: red; }", "tag:p", "attribute:color")]
    [InlineData("xml", "<root attr=\"1\"/>", "tag:root", "attribute:attr")]
    [InlineData("sql", "SELECT 1 FROM t", "keyword:SELECT", "number:1")]
    [InlineData("go", "func main() {}", "keyword:func", "function:main")]
    [InlineData("rust", "fn main() { let x = 1; }", "keyword:fn", "function:main")]
    [InlineData("java", "int x = 0;", "keyword:int", "number:0")]
    [InlineData("c", "int main(void) { return 0; }", "keyword:int", "function:main")]
    [InlineData("cpp", "auto x = 1;", "keyword:auto", "number:1")]
    [InlineData("md", "# Title", "heading:Title")]
    [InlineData("diff", "--- a\n@@ -1 +1 @@\n-old\n+new", "comment:--- a", "comment:@@ -1 +1 @@", "deleted:-old", "inserted:+new")]
    public void Known_languages_class_their_tokens(string language, string code, params string[] expected)
    {
        var html = Render($"```{language}\n{code}\n```");

        var tokens = Tokens(html).Select(t => $"{t.Category["hl-".Length..]}:{t.Text}").ToList();
        foreach (var token in expected)
        {
            var (category, text) = (token[..token.IndexOf(':', StringComparison.Ordinal)], token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            Assert.Contains(tokens, t => t.StartsWith(category + ":", StringComparison.Ordinal) && t.Contains(text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_highlighted_block_has_the_highlight_class_and_the_canonical_language()
    {
        var html = Render("```cs\nvar x = 1;\n```");

        Assert.StartsWith("<pre class=\"highlight\"><code class=\"language-csharp\">", html, StringComparison.Ordinal);
        Assert.EndsWith("\n</code></pre>\n", html, StringComparison.Ordinal);
        Assert.Equal("var x = 1;\n", Html.Parse(html).QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void Html_in_code_is_escaped_inside_tokens()
    {
        var html = Render("```csharp\nvar s = \"<script>alert(1)</script>\" + a < b && c > d;\n```");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;&amp;", html, StringComparison.Ordinal);
        Assert.Equal("var s = \"<script>alert(1)</script>\" + a < b && c > d;\n", Html.Parse(html).QuerySelector("code")!.TextContent);
    }

    [Theory]
    [InlineData("```nosuchlanguage\n<b>x</b> & y\n```", "<pre><code class=\"language-nosuchlanguage\">&lt;b&gt;x&lt;/b&gt; &amp; y\n</code></pre>\n")]
    [InlineData("```\n<b>x</b>\n```", "<pre><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n")]
    [InlineData("    indented <i>code</i>", "<pre><code>indented &lt;i&gt;code&lt;/i&gt;\n</code></pre>\n")]
    public void Unknown_or_missing_languages_stay_plain_and_escaped(string markdown, string expected) =>
        Assert.Equal(expected, Render(markdown));

    [Fact]
    public void State_carries_across_lines_of_a_block()
    {
        var html = Render("```csharp\n/* one\n   two */\nint x;\n```");

        var tokens = Tokens(html);
        Assert.Contains(("hl-comment", "   two */"), tokens);
        Assert.Contains(("hl-keyword", "int"), tokens);
    }

    [Fact]
    public void An_empty_block_renders_an_empty_code_element() =>
        Assert.Equal("<pre class=\"highlight\"><code class=\"language-python\"></code></pre>\n", Render("```python\n```"));

    [Fact]
    public void Over_long_lines_stay_plain()
    {
        var line = "var x = " + new string('1', CodeHighlighter.MaxLineLength);
        var html = Render($"```csharp\n{line}\nint y;\n```");

        Assert.Contains("\">" + line + "\n", html, StringComparison.Ordinal);
        Assert.Contains(("hl-keyword", "int"), Tokens(html));
    }

    [Fact]
    public void Every_language_name_is_documented()
    {
        var page = File.ReadAllText(RepositoryFiles.PathOf("docs", "writing-posts.md"));

        Assert.All(CodeLanguages.Names, name => Assert.Contains($"`{name}`", page, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_category_class_is_coloured_by_the_stylesheet()
    {
        var css = File.ReadAllText(RepositoryFiles.PathOf("themes", "default", "assets", "css", "style.css"));

        foreach (var tokenClass in TokenClassTable.BlogGen.All)
        {
            Assert.Contains($".{tokenClass}", css, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Highlighted_html_passes_the_sanitizer_unchanged()
    {
        var html = Render("```csharp\n// c\nclass A { string s = \"<b>\"; }\n```\n\n```python\nx = 1\n```");
        var sanitizer = new HtmlFragmentSanitizer(SanitizePolicy.Default);

        var sanitized = sanitizer.Sanitize(html);

        Assert.Equal(html, sanitized.Html);
    }

    [Fact]
    public void Highlighted_code_in_a_post_with_raw_html_survives_the_build()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: T\n")
            .With("_posts/2025-01-01-code.md", "---\ntitle: Code\n---\n<div class=\"note\" onclick=\"x()\">raw</div>\n\n```csharp\nvar s = \"<b>\";\n```\n");

        var result = site.Build();

        var page = Html.Parse(site.Output("2025/01/01/code.html"));
        Assert.Null(page.QuerySelector("[onclick]"));
        var code = page.QuerySelector("[itemprop=articleBody] pre.highlight > code.language-csharp");
        Assert.NotNull(code);
        Assert.Equal("var s = \"<b>\";\n", code.TextContent);
        Assert.Contains(code.QuerySelectorAll("span"), span => span.ClassName == "hl-keyword" && span.TextContent == "var");
        Assert.Contains(code.QuerySelectorAll("span"), span => span.ClassName == "hl-string" && span.TextContent.Contains("<b>", StringComparison.Ordinal));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Highlighting_from_many_threads_gives_the_sequential_output()
    {
        string[] documents =
        [
            "```csharp\nusing System;\n/* a\n b */\nclass A { void M() => Console.WriteLine(\"x\"); }\n```",
            "```python\ndef f(x):\n    \"\"\"doc\n    more\"\"\"\n    return x * 2\n```",
            "```js\nconst a = `t${1 + 2}`;\n```\n\n```yaml\nk: [1, 2]\n```",
            "```html\n<div class=\"a\"><script>let x = 1;</script><style>p{color:red}</style></div>\n```",
            "```diff\n--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n```\n\n```sql\nSELECT * FROM t WHERE a = 'b';\n```",
        ];
        var highlighter = new CodeHighlighter();
        var renderer = new MarkdownRenderer(TestUrlPolicy.IsSafe, highlighter: highlighter);
        var expected = documents.Select(d => renderer.Render(d).Html).ToArray();
        var fresh = new MarkdownRenderer(TestUrlPolicy.IsSafe, highlighter: new CodeHighlighter());
        const int Threads = 6;
        var mismatches = 0;
        using var start = new Barrier(Threads);

        var workers = Enumerable.Range(0, Threads).Select(worker => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < 10; round++)
            {
                var index = (worker + round) % documents.Length;
                // A fresh highlighter loads its grammars while other threads tokenize with them.
                var actual = (round % 2 == 0 ? fresh : renderer).Render(documents[index]).Html;
                if (actual != expected[index])
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToArray();
        foreach (var thread in workers)
        {
            thread.Start();
        }
        foreach (var thread in workers)
        {
            thread.Join();
        }

        Assert.Equal(0, mismatches);
        Assert.All(expected, html => Assert.Contains("<span class=\"hl-", html, StringComparison.Ordinal));
    }
}
