using BlogGen.Content;

using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.RawHtml;

/// <summary>
/// Records whether a document has any HTML block or inline HTML (comments included): only such
/// documents can carry markup Markdig did not write, so only they need the sanitizer. Each piece of
/// raw HTML (an HTML block, or a paragraph, heading or cell holding inline HTML) is written between
/// <see cref="RawHtmlMarks"/>, so the sanitizer can end there whatever the writer left open in it and
/// name the line a removal came from.
/// </summary>
internal sealed class RawHtmlDetectionExtension(RawHtmlMarks marks) : DocumentPassExtension
{
    public static bool ContainsRawHtml(MarkdownDocument document) => ResultOf<RawHtmlDetectionExtension>(document) is true;

    public override void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<MarkedHtmlBlockRenderer>())
        {
            html.ObjectRenderers.Replace<HtmlBlockRenderer>(new MarkedHtmlBlockRenderer(marks));
        }
    }

    protected override object? Process(MarkdownDocument document)
    {
        var found = false;
        var leaves = new List<LeafBlock>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock:
                    found = true;
                    break;
                case LeafBlock { Inline: { } inline } leaf when inline.Descendants<HtmlInline>().Any():
                    found = true;
                    leaves.Add(leaf);
                    break;
            }
        }
        foreach (var leaf in leaves)
        {
            var inline = leaf.Inline!;
            inline.FirstChild!.InsertBefore(new HtmlInline(marks.Start(leaf.Line + 1)));
            inline.AppendChild(new HtmlInline(marks.End));
        }
        return found;
    }

    /// <summary>An HTML block as Markdig writes it, between the marks.</summary>
    private sealed class MarkedHtmlBlockRenderer(RawHtmlMarks marks) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            if (!renderer.EnableHtmlForBlock)
            {
                return;
            }
            // The end mark before the last line break, so that the block's lines come out as Markdig writes them.
            renderer.Write(marks.Start(obj.Line + 1));
            renderer.WriteLeafRawLines(obj, false, false);
            renderer.Write(marks.End);
            renderer.WriteLine();
        }
    }
}
