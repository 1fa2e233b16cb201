using Markdig.Parsers;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>A line holding only a block attribute list; <see cref="AttributeListExtension"/> gives it to its block and removes it.</summary>
/// <param name="afterBlankLine">A blank line is right above it: it is for the block after it, not the one before.</param>
internal sealed class AttributeListBlock(BlockParser parser, AttributeList attributes, bool afterBlankLine) : LeafBlock(parser)
{
    public AttributeList Attributes { get; } = attributes;

    public bool AfterBlankLine { get; } = afterBlankLine;
}
