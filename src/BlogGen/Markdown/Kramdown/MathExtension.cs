using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown math: <c>$$...$$</c> in text is inline math; a paragraph that is nothing but one <c>$$...$$</c> (on one line
/// or several) is display math, written on its own without a <c>&lt;p&gt;</c>.
/// </summary>
internal sealed class MathExtension : DocumentPassExtension
{
    public override void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<MathInlineParser>())
        {
            pipeline.InlineParsers.Add(new MathInlineParser());
        }
        base.Setup(pipeline);
    }

    public override void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<MathRenderers.Inline>();
            html.ObjectRenderers.AddIfNotAlready<MathRenderers.Block>();
        }
    }

    protected override object? Process(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            if (paragraph.Inline?.FirstChild is MathInline math && math.NextSibling is null)
            {
                var parent = paragraph.Parent!;
                var index = parent.IndexOf(paragraph);
                parent.RemoveAt(index);
                parent.Insert(index, new MathBlock(math.Tex.Trim()) { Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span });
            }
        }
        return null;
    }
}
