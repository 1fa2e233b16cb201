using Markdig.Helpers;
using Markdig.Parsers;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Finds <c>$$...$$</c> in a paragraph and keeps the TeX between as it is written (no emphasis, no escapes). A single
/// <c>$</c> is text, as in kramdown, so prices stay prices.
/// </summary>
internal sealed class MathInlineParser : InlineParser
{
    public MathInlineParser()
    {
        OpeningCharacters = ['$'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        if (!text.StartsWith("$$") || text[2..].IndexOf("$$") is not (> 0 and var length))
        {
            return false;
        }
        var start = slice.Start;
        processor.Inline = new MathInline(text.Slice(2, length).ToString()).PlacedAt(processor, start, length + 4);
        slice.Start = start + length + 4;
        return true;
    }
}
