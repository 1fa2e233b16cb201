using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's header id, <c>## Back to Top {#back-to-top}</c>: at the very end of a header's text (ATX or setext), after a
/// space or tab, an id starting with an ASCII letter and going on with letters, digits, <c>_ . : -</c>. It gives the
/// header its id and is not part of the text. Anything else (<c>{#1a}</c>, <c>{#a .c}</c>, or an ATX header closed with
/// <c>#</c> after it) stays text, as in kramdown. An attribute list under the header still wins.
/// </summary>
internal sealed class HeaderIdParser : InlineParser
{
    public HeaderIdParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Block is not HeadingBlock heading || slice.PeekCharExtra(-1) is not (' ' or '\t'))
        {
            return false;
        }
        var written = slice.Text.AsSpan(slice.Start, slice.Length).TrimEnd(" \t");
        if (!written.StartsWith("{#") || !written.EndsWith("}") || !IsId(written[2..^1]) || (!heading.IsSetext && ClosedAfter(slice)))
        {
            return false;
        }
        heading.GetAttributes().Id = written[2..^1].ToString();
        if (processor.Inline is LiteralInline before)
        {
            before.Content.TrimEnd();
        }
        slice.Start = slice.End + 1;
        return true;
    }

    private static bool IsId(ReadOnlySpan<char> id) =>
        id.Length > 0 && char.IsAsciiLetter(id[0]) && !id.ContainsAnyExcept(IdCharacters);

    /// <summary>Whether an ATX header's line goes on with its closing <c>#</c>s after the text (which Markdig took off).</summary>
    private static bool ClosedAfter(StringSlice slice)
    {
        var after = slice.Text.AsSpan(slice.End + 1);
        var lineEnd = after.IndexOf('\n');
        return (lineEnd < 0 ? after : after[..lineEnd]).Contains('#');
    }

    private static readonly System.Buffers.SearchValues<char> IdCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-");
}
