using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's footnote references. <c>[^</c> never starts a link or an image in kramdown: <c>[^name]</c> is a reference
/// when a footnote of exactly that name (case and all) is defined, and text otherwise; so the <c>!</c> of
/// <c>directory![^1]</c> stays text before the reference instead of opening an image. Placed before Markdig's link parser.
/// </summary>
internal sealed class FootnoteMarkerParser : InlineParser
{
    public FootnoteMarkerParser()
    {
        OpeningCharacters = ['[', '!'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        var start = slice.Start;
        if (text.StartsWith("![^"))
        {
            processor.Inline = new LiteralInline("!").PlacedAt(processor, start, 1);
            slice.Start = start + 1;
            return true;
        }
        if (!text.StartsWith("[^"))
        {
            return false;
        }
        var length = KramdownFootnoteLabel.ReferenceLength(text);
        var label = text[1..Math.Max(1, length - 1)].ToString();
        if (length > 0 && processor.Document.TryGetLinkReferenceDefinition(label, out var definition)
            && definition is FootnoteLinkReferenceDefinition { CreateLinkInline: { } create } footnote
            && string.Equals(footnote.Label, label, StringComparison.Ordinal))
        {
            processor.Inline = create(processor, definition, null).PlacedAt(processor, start, length);
            slice.Start = start + length;
            return true;
        }
        processor.Inline = new LiteralInline("[").PlacedAt(processor, start, 1);
        slice.Start = start + 1;
        return true;
    }
}
