using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown starts an underlined (setext) header only after a blank line or at the start of the text: one right under
/// an HTML block, such as the <c>&lt;!--id--&gt;</c> comment mirrored posts begin with, is a paragraph. So
/// <c>[title](url)</c> underlined with <c>------</c> there is a paragraph ending in <c>——</c> (the typographic pass,
/// which runs after this one, makes the dashes), as kramdown writes it. A <c># header</c> there is a header, as
/// kramdown's GFM input (Jekyll's default) has it, also right under an element such as <c>&lt;div&gt;…&lt;/div&gt;</c>,
/// which CommonMark would keep in the HTML block: kramdown's HTML block ends with its element (<see cref="HtmlElementBlockParser"/>).
/// </summary>
internal sealed class HeadingAfterBlockExtension : DocumentPassExtension
{
    public override void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<HtmlElementBlockParser>())
        {
            pipeline.BlockParsers.Replace<HtmlBlockParser>(new HtmlElementBlockParser());
        }
        base.Setup(pipeline);
    }

    // A setext heading's line is its underline's; kramdown's header text is the one line above it.
    protected override object? Process(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<ContainerBlock>().Prepend(document).ToList())
        {
            for (var i = 1; i < container.Count; i++)
            {
                if (container[i] is HeadingBlock { IsSetext: true, Inline: { } inline } heading && container[i - 1] is HtmlBlock html
                    && html.Line + html.Lines.Count == heading.Line - 1)
                {
                    container[i] = AsParagraph(heading, inline);
                }
            }
        }
        return null;
    }

    private static ParagraphBlock AsParagraph(HeadingBlock heading, ContainerInline text)
    {
        var paragraph = new ParagraphBlock { Line = heading.Line, Column = heading.Column, Span = heading.Span, Inline = new ContainerInline() };
        while (text.FirstChild is { } child)
        {
            child.Remove();
            paragraph.Inline.AppendChild(child);
        }
        paragraph.Inline.AppendChild(new LineBreakInline());
        paragraph.Inline.AppendChild(new LiteralInline(new string(heading.Level == 1 ? '=' : '-', heading.HeaderCharCount)));
        return paragraph;
    }
}
