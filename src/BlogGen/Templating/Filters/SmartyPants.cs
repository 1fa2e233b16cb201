using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using BlogGen.Markdown.Kramdown;

namespace BlogGen.Templating.Filters;

/// <summary>
/// Jekyll's <c>smartify</c>: kramdown's SmartyPants rules (smart quotes, dashes, ellipses, guillemets) over text that may
/// hold HTML, written out as characters as Jekyll's default <c>entity_output</c> does. Tags pass as they are, entities
/// become their characters (<c>&amp;amp; &amp;lt; &amp;gt; &amp;quot;</c> stay escaped), and other text is HTML-escaped.
/// Markdown is not read: <c>*not*</c> and <c>#hashtag</c> stay as written.
/// </summary>
internal static partial class SmartyPants
{
    public static string Apply(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        // Whether the character before the current one was plain text, which the quote rules may look at.
        var textBefore = false;
        var i = 0;
        while (i < text.Length)
        {
            var rest = text.AsSpan(i);
            if (KramdownTypography.Symbol(rest) is var (length, replacement))
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
                i += KramdownTypography.Quote(text, i, textBefore && text[i - 1] != '\\', output);
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
}
