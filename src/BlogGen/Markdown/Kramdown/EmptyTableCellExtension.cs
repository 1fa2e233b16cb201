using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>kramdown writes a no-break space into an empty table cell (header or body) where Markdig writes nothing.</summary>
internal sealed class EmptyTableCellExtension : DocumentPassExtension
{
    protected override object? Process(MarkdownDocument document)
    {
        foreach (var cell in document.Descendants<TableCell>())
        {
            if (cell.Count == 0)
            {
                cell.Add(new ParagraphBlock { Inline = new ContainerInline() });
            }
            if (cell is [ParagraphBlock { Inline: { FirstChild: null } inline }])
            {
                inline.AppendChild(new LiteralInline("\u00A0"));
            }
        }
        return null;
    }
}
