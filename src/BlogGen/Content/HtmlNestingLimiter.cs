using System.Collections.Frozen;
using System.Text;

namespace BlogGen.Content;

/// <summary>
/// Drops the tags of elements nested deeper than <see cref="MaxDepth"/>, keeping their text, before the HTML is
/// parsed: a parser and the code walking its tree take time, and stack, in proportion to the depth. Browsers
/// stop nesting at 512 levels too. A light scan, not a parser: it knows void elements, raw text elements and the
/// elements whose end tag may be left out, which covers the HTML written by people and Markdown.
/// </summary>
internal static class HtmlNestingLimiter
{
    public const int MaxDepth = 256;

    /// <summary>Elements that have no closing tag.</summary>
    internal static readonly FrozenSet<string> VoidElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RawTextElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A new one of these ends an open one of the same name: <c>&lt;p&gt;a&lt;p&gt;b</c> is two paragraphs side by side.</summary>
    private static readonly FrozenSet<string> SelfEnding = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary><paramref name="html"/> with the start and end tags beyond <see cref="MaxDepth"/> removed; <paramref name="dropped"/> counts the start tags.</summary>
    public static string Limit(string html, out int dropped)
    {
        dropped = 0;
        if (html.Length < MaxDepth * 3)
        {
            return html; // too short to open that many elements
        }
        var open = new List<(string Name, bool Kept)>();
        var output = new StringBuilder(html.Length);
        var copiedUpTo = 0;
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0 && position + 1 < html.Length)
        {
            var isEndTag = html[position + 1] == '/';
            var name = TagName(html, position + (isEndTag ? 2 : 1));
            if (name.Length == 0)
            {
                position = html[position + 1] == '!' ? CommentEnd(html, position) : position + 1;
                continue;
            }
            var end = TagEnd(html, position);
            if (end < 0)
            {
                break;
            }
            if (!(isEndTag ? CloseElement(open, name) : OpenElement(open, name)))
            {
                output.Append(html, copiedUpTo, position - copiedUpTo);
                copiedUpTo = end;
                dropped += isEndTag ? 0 : 1;
            }
            position = !isEndTag && RawTextElements.Contains(name) ? RawTextEnd(html, end, name) : end;
        }
        return dropped == 0 ? html : output.Append(html, copiedUpTo, html.Length - copiedUpTo).ToString();
    }

    private static bool OpenElement(List<(string Name, bool Kept)> open, string name)
    {
        if (VoidElements.Contains(name))
        {
            return true;
        }
        if (SelfEnding.Contains(name) && open.Count > 0 && string.Equals(open[^1].Name, name, StringComparison.OrdinalIgnoreCase))
        {
            open.RemoveAt(open.Count - 1);
        }
        var kept = open.Count < MaxDepth;
        open.Add((name, kept));
        return kept;
    }

    /// <summary>Closes the innermost open element of that name and everything inside it; a stray end tag is left to the parser.</summary>
    private static bool CloseElement(List<(string Name, bool Kept)> open, string name)
    {
        var index = open.FindLastIndex(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return true;
        }
        var kept = open[index].Kept;
        open.RemoveRange(index, open.Count - index);
        return kept;
    }

    /// <summary>After a raw text element's start tag, everything up to its end tag is text, not tags.</summary>
    private static int RawTextEnd(string html, int from, string name) =>
        html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase) is var close and >= 0 ? close : html.Length;

    private static string TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-') && (end > start || char.IsAsciiLetter(html[end])))
        {
            end++;
        }
        return end < html.Length && html[end] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' ? html[start..end] : "";
    }

    /// <summary>The index after the tag's '&gt;', skipping quoted attribute values; -1 when the tag never ends.</summary>
    private static int TagEnd(string html, int start)
    {
        var quote = '\0';
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && html[i - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }
        return -1;
    }

    private static int CommentEnd(string html, int start)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) != 0)
        {
            return start + 1;
        }
        var end = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + 3;
    }
}
