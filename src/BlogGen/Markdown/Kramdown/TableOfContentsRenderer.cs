using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Writes the table of contents exactly as kramdown does: a list with <c>id="markdown-toc"</c>, one item per heading with a
/// link <c>id="markdown-toc-ID"</c> holding the heading's own inline HTML, deeper headings in a nested list of the same
/// kind (<c>ol</c> under <c>1. TOC</c>), and kramdown's indentation.
/// </summary>
internal sealed class TableOfContentsRenderer : HtmlObjectRenderer<TableOfContentsBlock>
{
    private sealed record Entry(HeadingBlock Heading, List<Entry> Children);

    protected override void Write(HtmlRenderer renderer, TableOfContentsBlock block)
    {
        var root = new Entry(null!, []);
        var open = new Stack<(int Level, Entry Entry)>();
        open.Push((0, root));
        foreach (var heading in block.Headings)
        {
            while (open.Peek().Level >= heading.Level)
            {
                open.Pop();
            }
            var entry = new Entry(heading, []);
            open.Peek().Entry.Children.Add(entry);
            open.Push((heading.Level, entry));
        }
        var tag = block.Ordered ? "ol" : "ul";
        renderer.EnsureLine();
        renderer.Write('<').Write(tag);
        var attributes = block.TryGetAttributes();
        if (attributes?.Classes is { Count: > 0 } classes)
        {
            renderer.Write(" class=\"").WriteEscape(string.Join(' ', classes)).Write('"');
        }
        renderer.Write(" id=\"markdown-toc\"");
        if (attributes?.Properties is { } properties)
        {
            foreach (var property in properties)
            {
                renderer.Write(' ').Write(property.Key).Write("=\"").WriteEscape(property.Value ?? "").Write('"');
            }
        }
        renderer.Write(">\n");
        WriteItems(renderer, root.Children, 2, tag);
        renderer.Write("</").Write(tag).Write(">\n");
    }

    private static void WriteItems(HtmlRenderer renderer, List<Entry> entries, int indent, string tag)
    {
        foreach (var entry in entries)
        {
            var id = entry.Heading.GetAttributes().Id!;
            renderer.Write(new string(' ', indent)).Write("<li><a href=\"#").WriteEscape(id).Write("\" id=\"markdown-toc-").WriteEscape(id).Write("\">");
            renderer.WriteChildren(entry.Heading.Inline!);
            renderer.Write("</a>");
            if (entry.Children.Count > 0)
            {
                renderer.Write(new string(' ', indent + 2)).Write('<').Write(tag).Write(">\n");
                WriteItems(renderer, entry.Children, indent + 4, tag);
                renderer.Write(new string(' ', indent + 2)).Write("</").Write(tag).Write(">\n");
                renderer.Write(new string(' ', indent));
            }
            renderer.Write("</li>\n");
        }
    }
}
