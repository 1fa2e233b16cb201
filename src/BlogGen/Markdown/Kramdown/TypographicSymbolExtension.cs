using System.Text;

using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's typographic symbols (<see cref="KramdownTypography"/>: curly quotes, dashes, ellipsis, guillemets) in the text
/// of a kramdown site's Markdown. Only text is changed, never code, URLs or raw HTML, and before heading ids are made, so
/// ids see what a reader sees. A span next to a text counts as a word for the quote rules (<c>"*em*"</c> is
/// <c>“<em>em</em>”</c>), emphasis after a quote as kramdown's emphasis marks.
/// </summary>
internal sealed class TypographicSymbolExtension : DocumentPassExtension
{
    protected override object? Process(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (literal.Content.IsEmpty || literal.Parent is null)
            {
                continue;
            }
            var text = literal.Content.ToString();
            var changed = Apply(text, literal.IsFirstCharacterEscaped, Before(literal), After(literal));
            if (!string.Equals(changed, text, StringComparison.Ordinal))
            {
                literal.Content = new StringSlice(changed);
            }
        }
        return null;
    }

    /// <summary>The text with kramdown's symbols, read between what stands before and after it.</summary>
    private static string Apply(string text, bool firstEscaped, string before, string after)
    {
        var composed = before + text + after;
        var end = before.Length + text.Length;
        var output = new StringBuilder(text.Length);
        var textBefore = before.Length > 0;
        var i = before.Length;
        while (i < end)
        {
            var rest = composed.AsSpan(i, end - i);
            if (i == before.Length && firstEscaped)
            {
                output.Append(rest[0]);
                i++;
                textBefore = true;
            }
            else if (KramdownTypography.Symbol(rest) is var (length, replacement) && !replacement.StartsWith('&'))
            {
                output.Append(replacement);
                i += length;
                textBefore = false;
            }
            else if (rest[0] is '"' or '\'')
            {
                i += KramdownTypography.Quote(composed, i, textBefore && composed[i - 1] != '\\', output);
                textBefore = false;
            }
            else
            {
                output.Append(rest[0]);
                i++;
                textBefore = true;
            }
        }
        return output.ToString();
    }

    /// <summary>
    /// What stands before a text: the end of the text before it, a line break, a word for any other span, or nothing at the
    /// start of a paragraph or span (kramdown reads a span's text on its own).
    /// </summary>
    private static string Before(LiteralInline literal) => literal.PreviousSibling switch
    {
        null => "",
        LiteralInline { Content.IsEmpty: false } text => text.Content.Text[text.Content.End].ToString(),
        LineBreakInline => "\n",
        _ => "a",
    };

    /// <summary>What stands after a text, the same way; emphasis as kramdown's marks, the end of the paragraph as nothing.</summary>
    private static string After(LiteralInline literal) => literal.NextSibling switch
    {
        null => "",
        // A quote there would be read with the one before it: it is read on its own, as the next text's first character.
        LiteralInline { Content.IsEmpty: false } text => text.Content.Text[text.Content.Start] is '"' or '\'' ? "a" : text.Content.Text[text.Content.Start].ToString(),
        LineBreakInline => "\n",
        EmphasisInline => "*a",
        _ => "a",
    };
}
