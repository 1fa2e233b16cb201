using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BlogGen.Markdown.Highlighting;

/// <summary>Server-side syntax highlighting: swaps Markdig's code block renderer for <see cref="HighlightedCodeBlockRenderer"/>.</summary>
/// <param name="rouge">Rouge's markup and classes, as Jekyll sites expect, instead of BlogGen's.</param>
internal sealed class HighlightingExtension(CodeHighlighter highlighter, bool rouge) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } plain)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(plain, highlighter, rouge));
        }
    }
}
