using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's <c>{:toc}</c>: the list it is given to becomes the table of contents of every heading with an id (all levels,
/// as Jekyll's <c>toc_levels</c>), except those with the class <c>no_toc</c>. Runs after the heading ids are given.
/// </summary>
internal sealed class TableOfContentsExtension : DocumentPassExtension
{
    public override void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        (renderer as HtmlRenderer)?.ObjectRenderers.AddIfNotAlready<TableOfContentsRenderer>();

    protected override object? Process(MarkdownDocument document)
    {
        var tables = new List<TableOfContentsBlock>();
        foreach (var list in document.Descendants<ListBlock>().Where(AttributeListExtension.IsTableOfContents).ToList())
        {
            var table = new TableOfContentsBlock(list) { Line = list.Line, Column = list.Column, Span = list.Span };
            if (list.TryGetAttributes() is { } attributes)
            {
                table.SetAttributes(attributes);
            }
            var parent = list.Parent!;
            var index = parent.IndexOf(list);
            parent.RemoveAt(index);
            parent.Insert(index, table);
            tables.Add(table);
        }
        if (tables.Count > 0)
        {
            var headings = document.Descendants<HeadingBlock>()
                .Where(h => h.TryGetAttributes() is { Id: not null } a && a.Classes?.Contains("no_toc") != true && h.Inline is not null)
                .ToList();
            tables.ForEach(table => table.Headings.AddRange(headings));
        }
        return null;
    }
}
