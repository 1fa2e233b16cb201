using Markdig.Parsers;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Finds a line that is only <c>{: ...}</c>. It may interrupt a paragraph, so <c>text\n{: .lead}</c> gives the paragraph
/// its attributes, and it ends a list, so <c>* x\n{:toc}</c> gives them to the list, as in kramdown. Extensions
/// (<c>{::comment}</c>) and attribute list definitions (<c>{:name: ...}</c>, which <see cref="AttributeList.Parse"/> refuses)
/// are not attribute lists: left as text.
/// </summary>
internal sealed class AttributeListBlockParser : BlockParser
{
    public AttributeListBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var line = processor.Line.AsSpan().TrimEnd();
        if (!line.StartsWith("{:") || line.StartsWith("{::") || !line.EndsWith("}")
            || line[2..^1].IndexOf('}') >= 0 || AttributeList.Parse(line[2..^1]) is not { } attributes)
        {
            return BlockState.None;
        }
        processor.NewBlocks.Push(new AttributeListBlock(this, attributes, AfterBlankLine(processor.Line.Text, processor.Line.Start))
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }


    /// <summary>Whether the line before the one holding <paramref name="position"/> is blank (or there is none).</summary>
    private static bool AfterBlankLine(string text, int position)
    {
        var lineStart = position > 0 ? text.LastIndexOf('\n', position - 1) : -1;
        if (lineStart <= 0)
        {
            return true;
        }
        var previousStart = text.LastIndexOf('\n', lineStart - 1) + 1;
        return text.AsSpan(previousStart, lineStart - previousStart).IsWhiteSpace();
    }
}
