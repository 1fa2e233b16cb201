using System.Text;

using BlogGen.Markdown.Highlighting;

namespace BlogGen.Templating;

/// <summary>
/// Jekyll's <c>{% highlight LANG [linenos] %}...{% endhighlight %}</c>, written exactly as Jekyll 4 writes it with Rouge:
/// <c>&lt;figure class="highlight"&gt;&lt;pre&gt;&lt;code class="language-LANG" data-lang="LANG"&gt;</c>, the code trimmed,
/// Rouge's token classes, and with <c>linenos</c> Rouge's table of line numbers. <see cref="JekyllTags"/> turns the block into
/// a capture of its body (Liquid in it runs, as in Jekyll) handed to <see cref="FunctionName"/>. A blank line in the code
/// ends with <c>&amp;#10;</c> instead of a line break, so Markdown reads the figure as one HTML block; it is the same text.
/// </summary>
internal static class JekyllHighlight
{
    public const string FunctionName = "bloggen_highlight";

    /// <summary>The variable the body is captured into.</summary>
    public const string CaptureName = "bloggen_highlight_code";

    /// <param name="markedLines">The 1-based lines Jekyll's <c>mark_lines</c> names, wrapped as Rouge wraps them.</param>
    public static string Render(CodeHighlighter highlighter, string code, string language, bool lineNumbers, IReadOnlyCollection<int> markedLines)
    {
        // Jekyll lowercases the name, and a + in the class becomes -.
        var name = language.ToLowerInvariant();
        var text = code.Trim();
        var highlighted = CodeLanguages.Find(name) is { } known
            ? highlighter.Highlight(text, known, TokenClassTable.Rouge)
            : HtmlEscaping.Escape(text);
        var lines = highlighted.Split('\n');
        // As Jekyll 4.4 calls Rouge: with mark_lines, each line is written with its line break, a marked one inside
        // <span class="hll">, and Jekyll drops one final line break; the table of line numbers adds one instead.
        var rouge = new StringBuilder(highlighted.Length + (markedLines.Count * 32) + 2);
        for (var i = 0; i < lines.Length; i++)
        {
            var marked = markedLines.Contains(i + 1);
            var lineBreak = markedLines.Count > 0 || i < lines.Length - 1 ? "\n" : "";
            rouge.Append(marked ? "<span class=\"hll\">" : "").Append(lines[i]).Append(lineBreak).Append(marked ? "</span>" : "");
        }
        if (lineNumbers)
        {
            rouge.Append('\n');
        }
        else if (rouge.Length > 0 && rouge[^1] == '\n')
        {
            rouge.Length--;
        }
        var html = new StringBuilder(rouge.Length + 256)
            .Append("<figure class=\"highlight\"><pre><code class=\"language-").Append(name.Replace('+', '-'))
            .Append("\" data-lang=\"").Append(name).Append("\">");
        if (lineNumbers)
        {
            html.Append("<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">");
            for (var i = 1; i <= lines.Length; i++)
            {
                html.Append(i).Append('\n');
            }
            html.Append("</pre></td><td class=\"code\"><pre>");
            AppendLines(html, rouge.ToString().Split('\n'));
            html.Append("</pre></td></tr></tbody></table>");
        }
        else
        {
            AppendLines(html, rouge.ToString().Split('\n'));
        }
        return html.Append("</code></pre></figure>").ToString();
    }

    /// <summary>The lines joined again; a blank line's break is written <c>&amp;#10;</c>, but not the last's, which the closing tags follow.</summary>
    private static void AppendLines(StringBuilder html, string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                html.Append(i < lines.Length - 1 && string.IsNullOrWhiteSpace(lines[i]) ? "&#10;" : "\n");
            }
            html.Append(lines[i]);
        }
    }
}
