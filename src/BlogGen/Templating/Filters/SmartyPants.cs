using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BlogGen.Templating.Filters;

/// <summary>
/// Jekyll's <c>smartify</c>: kramdown's SmartyPants rules (smart quotes, dashes, ellipses, guillemets) over text that may
/// hold HTML, written out as characters as Jekyll's default <c>entity_output</c> does. Tags pass as they are, entities
/// become their characters (<c>&amp;amp; &amp;lt; &amp;gt; &amp;quot;</c> stay escaped), and other text is HTML-escaped.
/// Markdown is not read: <c>*not*</c> and <c>#hashtag</c> stay as written.
/// </summary>
internal static partial class SmartyPants
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Where a quote closes after an item: not after whitespace, a backslash or an opening bracket or dash (kramdown's SQ_CLOSE).</summary>
    private const string NotClosingAfter = " \\\t\r\n[{(-";

    /// <summary>ASCII punctuation (kramdown's SQ_PUNCT).</summary>
    private const string Punctuation = "!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~";

    public static string Apply(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        // Whether the character before the current one was plain text, which the quote rules may look at.
        var textBefore = false;
        var i = 0;
        while (i < text.Length)
        {
            var rest = text.AsSpan(i);
            if (Symbol(rest) is var (length, replacement))
            {
                output.Append(replacement);
                i += length;
                textBefore = false;
            }
            else if (rest[0] == '<' && HtmlTag().Match(text, i) is { Success: true } tag)
            {
                output.Append(tag.Value);
                i += tag.Length;
                textBefore = false;
            }
            else if (rest[0] == '&' && Entity().Match(text, i) is { Success: true } entity && Decode(entity.Value) is { } character)
            {
                output.Append(character);
                i += entity.Length;
                textBefore = false;
            }
            else if (rest[0] is '"' or '\'')
            {
                i += Quote(text, i, textBefore && text[i - 1] != '\\', output);
                textBefore = false;
            }
            else
            {
                output.Append(rest[0] switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    _ => rest[0].ToString(),
                });
                i++;
                textBefore = true;
            }
        }
        // kramdown's output ends with the text's last line break, which Jekyll chomps.
        return output.ToString() is var html && html.EndsWith('\n') ? html[..^(html.EndsWith("\r\n", StringComparison.Ordinal) ? 2 : 1)] : html;
    }

    /// <summary>kramdown's typographic symbols at the start of <paramref name="text"/>: how many characters, and what they become.</summary>
    private static (int Length, string Replacement)? Symbol(ReadOnlySpan<char> text) => text switch
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
    private static int Quote(string text, int at, bool afterText, StringBuilder output)
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

    /// <summary>An HTML entity's character; the four that must stay escaped stay as entities; null for a name HTML does not have.</summary>
    private static string? Decode(string entity)
    {
        var decoded = WebUtility.HtmlDecode(entity);
        return decoded == entity ? null : decoded is "&" or "<" or ">" or "\"" ? entity : decoded;
    }

    [GeneratedRegex(@"\G<(?:!--.*?-->|/?[A-Za-z][^<>]*>)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\G&(?:\w+|#\d+|#x[0-9a-fA-F]+);", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    [GeneratedRegex(@"^\d\ds", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();
}
