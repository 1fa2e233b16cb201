using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>Where a <c>{:toc}</c> list stood: kramdown's table of contents of the document's headings.</summary>
/// <param name="list">The list it replaces: its kind (<c>ul</c> or <c>ol</c>) and attributes carry over.</param>
internal sealed class TableOfContentsBlock(ListBlock list) : LeafBlock(null)
{
    public bool Ordered { get; } = list.IsOrdered;

    /// <summary>The headings listed, in document order: those with an id and without the class <c>no_toc</c>.</summary>
    public List<HeadingBlock> Headings { get; } = [];
}
