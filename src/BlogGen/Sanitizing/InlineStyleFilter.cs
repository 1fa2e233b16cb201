using System.Collections.Frozen;
using System.Text;

namespace BlogGen.Sanitizing;

/// <summary>
/// Filters a <c>style</c> attribute by the policy's CSS property allowlist without building a CSS
/// object model, which is what makes HtmlSanitizer's own style check cost most of a sanitize call.
/// A declaration is kept only when its property is allowed and its value holds nothing that can load
/// or run anything: no function but colour and arithmetic ones (so no <c>url()</c>, <c>image-set()</c>,
/// <c>expression()</c>), no escapes, no <c>&lt; &gt; { }</c>, no control characters, balanced quotes
/// and brackets, and no size that leaves the article (<see cref="CssSizeLimit"/>). Comments are dropped.
/// Kept declarations are written back as <c>name: value</c>.
/// </summary>
internal sealed class InlineStyleFilter(IReadOnlySet<string> allowedProperties)
{
    private static readonly FrozenSet<string> SafeFunctions = new[]
    {
        "calc", "clamp", "hsl", "hsla", "hwb", "lab", "lch", "max", "min", "oklab", "oklch", "rgb", "rgba",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The allowed declarations of <paramref name="css"/>, or an empty string when none is left; removals are logged at <paramref name="offset"/>.</summary>
    public string Filter(string css, string tag, RemovalLog log, int offset = -1)
    {
        var kept = new StringBuilder(css.Length);
        foreach (var (declaration, wellFormed) in Declarations(css))
        {
            var text = declaration.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (!wellFormed || colon < 0)
            {
                log.Add(RemovalMessages.MalformedCss(text, tag), offset);
                continue;
            }
            var name = text[..colon].Trim();
            var value = text[(colon + 1)..].Trim();
            var property = name.All(char.IsAscii) ? name.ToLowerInvariant() : name;
            if (!allowedProperties.Contains(property) || NeverAllowed.CssProperties.Contains(property))
            {
                log.Add(RemovalMessages.CssProperty(name, tag), offset);
            }
            else if (!IsSafeValue(value) || !CssSizeLimit.StaysInArticle(property, value))
            {
                log.Add(RemovalMessages.CssValue(property, tag, value), offset);
            }
            else
            {
                kept.Append(kept.Length == 0 ? "" : "; ").Append(property).Append(": ").Append(value);
            }
        }
        return kept.ToString();
    }

    /// <summary>
    /// Splits at the semicolons that end declarations (not those in quotes or brackets) and drops
    /// comments. A declaration with an unclosed quote or bracket, or a newline or escape in a quote,
    /// is not well formed.
    /// </summary>
    private static IEnumerable<(string Declaration, bool WellFormed)> Declarations(string css)
    {
        var current = new StringBuilder();
        var quote = '\0';
        var depth = 0;
        var wellFormed = true;
        for (var i = 0; i < css.Length; i++)
        {
            var character = css[i];
            if (quote != '\0')
            {
                quote = character == quote ? '\0' : quote;
                wellFormed &= character is not ('\\' or '\n' or '\r' or '\f');
                current.Append(character);
                continue;
            }
            if (character == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                current.Append(' ');
                continue;
            }
            if (character == ';' && depth == 0)
            {
                yield return (current.ToString(), wellFormed);
                current.Clear();
                wellFormed = true;
                continue;
            }
            switch (character)
            {
                case '"' or '\'':
                    quote = character;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when depth == 0:
                    wellFormed = false;
                    break;
                case ')':
                    depth--;
                    break;
            }
            current.Append(character);
        }
        yield return (current.ToString(), wellFormed && quote == '\0' && depth == 0);
    }

    private static bool IsSafeValue(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }
        var quote = '\0';
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            if (quote != '\0')
            {
                quote = character == quote ? '\0' : quote;
            }
            else if (character is '"' or '\'')
            {
                quote = character;
            }
            else if (character is '\\' or '<' or '>' or '{' or '}'
                || (char.IsControl(character) && character is not ('\t' or '\n' or '\r' or '\f')))
            {
                return false;
            }
            else if (character == '(' && !IsSafeFunction(FunctionName(value, i)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The identifier before the bracket at <paramref name="bracket"/>, skipping spaces (<c>url (x)</c> counts as <c>url</c>).</summary>
    private static string FunctionName(string value, int bracket)
    {
        var end = bracket;
        while (end > 0 && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(value[start - 1]) || value[start - 1] is '-' or '_'))
        {
            start--;
        }
        return value[start..end];
    }

    private static bool IsSafeFunction(string name) =>
        name.Length == 0 || (name.All(char.IsAscii) && SafeFunctions.Contains(name.ToLowerInvariant()));
}
