using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Renders a fenced code block in a known language as <c>&lt;pre class="highlight"&gt;&lt;code class="language-NAME"&gt;</c>
/// with classed token spans; every other code block is left to Markdig's own renderer (plain, escaped).
/// </summary>
internal sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer plain, CodeHighlighter highlighter) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is not FencedCodeBlock fenced || !renderer.EnableHtmlForBlock || CodeLanguages.Find(fenced.Info) is not { } language)
        {
            ((Markdig.Renderers.IMarkdownObjectRenderer)plain).Write(renderer, block);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<pre class=\"highlight\"><code class=\"language-").Write(language.Name).Write("\">");
        var code = highlighter.Highlight(CodeText(fenced), language);
        renderer.Write(code);
        if (code.Length > 0)
        {
            renderer.Write('\n');
        }
        renderer.WriteLine("</code></pre>");
    }

    private static string CodeText(LeafBlock block)
    {
        var lines = block.Lines;
        return string.Join('\n', Enumerable.Range(0, lines.Count).Select(i => lines.Lines[i].Slice.ToString()));
    }
}
