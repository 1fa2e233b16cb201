using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>A span attribute list right after a span (<c>*word*{: .class}</c>); <see cref="AttributeListExtension"/> gives it to that span.</summary>
/// <param name="written">The text as written, kept when there is no span before it.</param>
internal sealed class AttributeListInline(AttributeList attributes, string written) : LeafInline
{
    public AttributeList Attributes { get; } = attributes;

    public string Written { get; } = written;
}
