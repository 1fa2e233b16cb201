using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's task box: <c>[ ]</c>, <c>[x]</c> or <c>[X]</c> and at least one space, only where a list item's first
/// paragraph starts, the spaces after it dropped. Markdig's own parser takes a box anywhere in an item, so a reference
/// link <c>[X][X]</c> became two boxes.
/// </summary>
internal sealed class TaskBoxParser : InlineParser
{
    public TaskBoxParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Block is not ParagraphBlock { Parent: ListItemBlock item } paragraph || item[0] != paragraph || processor.Root?.FirstChild is not null)
        {
            return false;
        }
        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        if (text.Length < 4 || text[2] != ']' || text[1] is not (' ' or 'x' or 'X') || !char.IsWhiteSpace(text[3]))
        {
            return false;
        }
        var length = 3;
        while (length < text.Length && char.IsWhiteSpace(text[length]))
        {
            length++;
        }
        var start = slice.Start;
        processor.Inline = new TaskList { Checked = text[1] != ' ' }.PlacedAt(processor, start, 3);
        slice.Start = start + length;
        return true;
    }
}
