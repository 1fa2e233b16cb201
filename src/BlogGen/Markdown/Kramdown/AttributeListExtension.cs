using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's inline attribute lists. A block list applies to the block right before it, or after a blank line (or with
/// none before it) to the one right after it; one that ends an HTML block, to its first element (see <see cref="HtmlBlockAttributeList"/>);
/// a span list to the span right before it (emphasis, code, a link or image), or at the start of a list item to the item
/// (<c>* {:.cls} text</c>), and text stays text when there is neither.
/// A header's own <c>{#id}</c> (<see cref="HeaderIdParser"/>) is read with them, and a block list under the header overrides it.
/// <c>{:toc}</c> marks a list for <see cref="TableOfContentsExtension"/>. Attributes the writer chose can be anything, so a
/// document given any <c>key="value"</c> goes through the sanitizer (<see cref="GaveProperties"/>).
/// </summary>
internal sealed class AttributeListExtension : DocumentPassExtension
{
    /// <summary>Whether a list gave an element <c>key="value"</c> attributes.</summary>
    public static bool GaveProperties(MarkdownDocument document) => ResultOf<AttributeListExtension>(document) is true;

    /// <summary>Whether a <c>{:toc}</c> list made <paramref name="list"/> the table of contents.</summary>
    public static bool IsTableOfContents(ListBlock list) => list.GetData(typeof(TableOfContentsExtension)) is true;

    public override void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<AttributeListBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new AttributeListBlockParser());
        }
        if (!pipeline.InlineParsers.Contains<AttributeListInlineParser>())
        {
            pipeline.InlineParsers.Add(new AttributeListInlineParser());
        }
        if (!pipeline.InlineParsers.Contains<HeaderIdParser>())
        {
            pipeline.InlineParsers.Add(new HeaderIdParser());
        }
        base.Setup(pipeline);
    }

    protected override object? Process(MarkdownDocument document)
    {
        var gaveProperties = false;
        foreach (var list in document.Descendants<AttributeListBlock>().ToList())
        {
            var parent = list.Parent!;
            var index = parent.IndexOf(list);
            parent.RemoveAt(index);
            var before = index > 0 ? parent[index - 1] : null;
            var after = index < parent.Count ? parent[index] : null;
            var target = list.AfterBlankLine ? after ?? before : before ?? after;
            if (target is not null)
            {
                gaveProperties |= Give(target, list.Attributes);
            }
        }
        foreach (var html in document.Descendants<HtmlBlock>().ToList())
        {
            if (HtmlBlockAttributeList.TryApply(html, out var properties))
            {
                gaveProperties |= properties;
            }
        }
        foreach (var list in document.Descendants<AttributeListInline>().ToList())
        {
            if (list.PreviousSibling is { } span and not (LiteralInline or LineBreakInline))
            {
                gaveProperties |= Give(span, list.Attributes);
                list.Remove();
            }
            else if (list.PreviousSibling is null && list.Parent?.ParentBlock is ParagraphBlock { Parent: ListItemBlock item } paragraph && item.IndexOf(paragraph) == 0)
            {
                // `* {:.cls} text`: kramdown gives a list at the start of an item to the item, and drops the space after it.
                gaveProperties |= Give(item, list.Attributes);
                if (list.NextSibling is LiteralInline next)
                {
                    var content = next.Content;
                    content.TrimStart();
                    next.Content = content;
                }
                list.Remove();
            }
            else
            {
                list.ReplaceBy(new LiteralInline(list.Written) { Span = list.Span, Line = list.Line, Column = list.Column });
            }
        }
        return gaveProperties ? true : null;
    }

    private static bool Give(MarkdownObject target, AttributeList list)
    {
        // Markdig writes an HTML block as it is, so the attributes go into its first tag.
        if (target is HtmlBlock html)
        {
            return HtmlBlockAttributeList.Give(html, list, out var properties) && properties;
        }
        var attributes = target.GetAttributes();
        foreach (var name in list.Classes)
        {
            attributes.AddClass(name);
        }
        if (list.Id is not null)
        {
            attributes.Id = list.Id;
        }
        foreach (var property in list.Properties)
        {
            attributes.AddProperty(property.Key, property.Value);
        }
        if (target is ListBlock block && list.References.Contains("toc", StringComparer.Ordinal))
        {
            block.SetData(typeof(TableOfContentsExtension), true);
        }
        return list.Properties.Count > 0;
    }
}
