using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's footnotes in place of Markdig's (added before this): only kramdown's names define or refer to a footnote
/// (<see cref="KramdownFootnoteParser"/>, <see cref="FootnoteMarkerParser"/>), written as kramdown writes them
/// (<see cref="FootnoteRenderers"/>).
/// </summary>
internal sealed class KramdownFootnoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<KramdownFootnoteParser>())
        {
            pipeline.BlockParsers.Replace<FootnoteParser>(new KramdownFootnoteParser());
        }
        if (!pipeline.InlineParsers.Contains<FootnoteMarkerParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new FootnoteMarkerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new FootnoteRenderers.Group());
            html.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new FootnoteRenderers.Link());
        }
    }
}
