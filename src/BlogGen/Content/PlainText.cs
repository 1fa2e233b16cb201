using System.Collections.Frozen;
using System.Text;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BlogGen.Content;

/// <summary>
/// The readable text of an HTML fragment, the one rule for every place that needs it (search text, SEO descriptions,
/// word counts): a block-level boundary is a single space, inline elements join without one, entities are decoded,
/// whitespace runs collapse to one space, and what a reader never sees (scripts, styles) is left out.
/// </summary>
public static class PlainText
{
    /// <summary>
    /// Elements whose neighbours are separate words, not one ("<c>&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;</c>" is "a b"):
    /// blocks, table cells and line breaks, and images and rules, which stand between the words around them on screen.
    /// </summary>
    private static readonly FrozenSet<string> Separating = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "img", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Elements whose text a reader does not see. An iframe's content is fallback markup that the parser keeps as raw
    /// text, tags and all.
    /// </summary>
    private static readonly FrozenSet<string> Hidden = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "noscript", "script", "style", "template",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string FromHtml(string html)
    {
        // Nesting limited first: a parser takes time in proportion to the depth, and template filters such as
        // number_of_words get HTML that no sanitizer has flattened. A parser per call: AngleSharp's parser is not
        // documented as thread-safe, and it is cheap to make.
        using var document = new HtmlParser().ParseDocument("<!doctype html><body>" + HtmlNestingLimiter.Limit(html, out _));
        return Of(document.Body!, int.MaxValue)!;
    }

    /// <summary>
    /// The readable text of what <paramref name="element"/> holds, for HTML already parsed; null when its elements nest
    /// more than <paramref name="maxDepth"/> deep, where <see cref="FromHtml"/> of the same HTML written out would drop
    /// tags (see <see cref="HtmlNestingLimiter"/>) and could join or show other words.
    /// </summary>
    public static string? Of(IElement element, int maxDepth)
    {
        var text = new StringBuilder();
        return Append(element, text, maxDepth) ? Collapse(text) : null;
    }

    /// <summary>At most <paramref name="maxLength"/> UTF-16 units, never ending in half a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..length].TrimEnd();
    }

    /// <param name="depthLeft">How many levels of elements may still be entered; false when one more is met.</param>
    private static bool Append(INode node, StringBuilder text, int depthLeft)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement when depthLeft == 0:
                    return false;
                case IElement element when Hidden.Contains(element.LocalName):
                    break;
                case IElement element when Separating.Contains(element.LocalName):
                    text.Append(' ');
                    if (!Append(element, text, depthLeft - 1))
                    {
                        return false;
                    }
                    text.Append(' ');
                    break;
                case IElement element:
                    if (!Append(element, text, depthLeft - 1))
                    {
                        return false;
                    }
                    break;
            }
        }
        return true;
    }

    private static string Collapse(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = result.Length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }
                result.Append(c);
            }
        }
        return result.ToString();
    }
}
