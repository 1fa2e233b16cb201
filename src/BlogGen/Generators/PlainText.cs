using System.Collections.Frozen;
using System.Text;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BlogGen.Generators;

/// <summary>The readable text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed to single spaces.</summary>
public static class PlainText
{
    /// <summary>Elements that end a run of text: their neighbours are separate words, not one ("<c>&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;</c>" is "a b").</summary>
    private static readonly FrozenSet<string> Breaking = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose text is not content a reader sees.</summary>
    private static readonly FrozenSet<string> Hidden = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string FromHtml(string html)
    {
        // A parser per call: AngleSharp's parser is not documented as thread-safe, and it is cheap to make.
        var document = new HtmlParser().ParseDocument("<!doctype html><body>" + html);
        var text = new StringBuilder(html.Length / 2);
        Append(document.Body!, text);
        return Collapse(text);
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

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement element when Hidden.Contains(element.LocalName):
                    break;
                case IElement element:
                    var breaks = Breaking.Contains(element.LocalName);
                    if (breaks)
                    {
                        text.Append(' ');
                    }
                    Append(element, text);
                    if (breaks)
                    {
                        text.Append(' ');
                    }
                    break;
            }
        }
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
