using System.Text;
using System.Text.RegularExpressions;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's typographic rules, one copy for every place that applies them: Jekyll's <c>smartify</c> filter over text
/// with HTML, and the Markdown of kramdown sites (<see cref="TypographicSymbolExtension"/>). Symbols (<c>--</c>, <c>...</c>,
/// <c>&lt;&lt;</c>) and smart quotes, written as characters as Jekyll's default <c>entity_output</c> does.
/// </summary>
internal static partial class KramdownTypography
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Where a quote closes after an item: not after whitespace, a backslash or an opening bracket or dash (kramdown's SQ_CLOSE).</summary>
    private const string NotClosingAfter = " \\\t\r\n[{(-";

    /// <summary>ASCII punctuation (kramdown's SQ_PUNCT).</summary>
    private const string Punctuation = "!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>kramdown's typographic symbols at the start of <paramref name="text"/>: how many characters, and what they become.</summary>
    public static (int Length, string Replacement)? Symbol(ReadOnlySpan<char> text) => text switch
    {
        ['-', '-', '-', ..] => (3, "\u2014"),
        ['-', '-', ..] => (2, "\u2013"),
        ['.', '.', '.', ..] => (3, "\u2026"),
        ['\\', '<', '<', ..] => (3, "&lt;&lt;"),
        ['\\', '>', '>', ..] => (3, "&gt;&gt;"),
        ['<', '<', ' ', ..] => (3, "\u00AB" + NoBreakSpace),
        [' ', '>', '>', ..] => (3, NoBreakSpace + "\u00BB"),
        ['<', '<', ..] => (2, "\u00AB"),
        ['>', '>', ..] => (2, "\u00BB"),
        _ => null,
    };

    /// <summary>
    /// kramdown's smart quote rules, in their order, for the quote at <paramref name="at"/>; <paramref name="afterText"/>
    /// says whether the character before it is plain text the rules may look at. Returns how many characters it used.
    /// </summary>
    public static int Quote(string text, int at, bool afterText, StringBuilder output)
    {
        var quote = text[at];
        var next = at + 1 < text.Length ? text[at + 1] : '\0';
        var before = afterText ? text[at - 1] : '\0';
        var spaceBefore = afterText && char.IsWhiteSpace(before);
        if (!afterText && next is '_' or '*' && EmphasisFollows(text, at + 1))
        {
            output.Append(Opening(quote));
            return 1;
        }
        if (!afterText && Punctuation.Contains(next, StringComparison.Ordinal) && PunctuationCloses(text, at + 1))
        {
            output.Append(Closing(quote));
            return 1;
        }
        if ((!afterText || spaceBefore) && next is '"' or '\'' && next != quote && IsWord(text, at + 2))
        {
            output.Append(Opening(quote)).Append(Opening(next));
            return 2;
        }
        if ((!afterText || spaceBefore) && quote == '\'' && Decade().IsMatch(text.AsSpan(at + 1)))
        {
            output.Append('\u2019');
            return 1;
        }
        if (spaceBefore && IsWord(text, at + 1))
        {
            output.Append(Opening(quote));
            return 1;
        }
        if (afterText && !NotClosingAfter.Contains(before, StringComparison.Ordinal))
        {
            output.Append(Closing(quote));
            return 1;
        }
        if (!afterText && next is '"' or '\'')
        {
            // kramdown's closing rule takes this quote as the character before the next one: it stays as written.
            output.Append(quote).Append(Closing(next));
            return 2;
        }
        if (!afterText && (next == '\0' || char.IsWhiteSpace(next) || (next == 's' && !IsWord(text, at + 2))))
        {
            output.Append(Closing(quote));
            return 1;
        }
        output.Append(Opening(quote));
        return 1;
    }

    private static char Opening(char quote) => quote == '"' ? '\u201C' : '\u2018';

    private static char Closing(char quote) => quote == '"' ? '\u201D' : '\u2019';

    private static bool IsWord(string text, int index) => index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');

    /// <summary>One or two of <c>_*</c> and then a character that is not whitespace.</summary>
    private static bool EmphasisFollows(string text, int index)
    {
        var marks = 0;
        while (index < text.Length && text[index] is '_' or '*' && marks < 2)
        {
            index++;
            marks++;
            if (index < text.Length && !char.IsWhiteSpace(text[index]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Punctuation not followed by "..", with no word starting after it.</summary>
    private static bool PunctuationCloses(string text, int index) =>
        !text.AsSpan(index + 1).StartsWith("..") && !IsWord(text, index + 1);

    [GeneratedRegex(@"^\d\ds", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();
}
