using Markdig.Helpers;
using Markdig.Parsers;

namespace BlogGen.Markdown.Kramdown;

/// <summary>Finds a span attribute list, <c>{: ...}</c> within a line, as written right after a span.</summary>
internal sealed class AttributeListInlineParser : InlineParser
{
    public AttributeListInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        if (!text.StartsWith("{:") || text.StartsWith("{::") || text.IndexOf('}') is not (> 2 and var close)
            || text[2..close].ContainsAny('\n', '{') || AttributeList.Parse(text[2..close]) is not { } attributes)
        {
            return false;
        }
        var start = slice.Start;
        processor.Inline = new AttributeListInline(attributes, text[..(close + 1)].ToString()).PlacedAt(processor, start, close + 1);
        slice.Start = start + close + 1;
        return true;
    }
}
