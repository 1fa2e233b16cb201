using System.Net;
using System.Text;

namespace BlogGen.Templating;

/// <summary>The plain text of an HTML fragment: tags, comments, scripts and styles removed, entities decoded.</summary>
public static class HtmlText
{
    public static string Strip(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }
        var builder = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                builder.Append(c);
                i++;
                continue;
            }
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var skipUntil = StartsTag(html, i, "script") ? "</script" : StartsTag(html, i, "style") ? "</style" : null;
            if (skipUntil is not null)
            {
                var end = html.IndexOf(skipUntil, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
            var close = html.IndexOf('>', i);
            i = close < 0 ? html.Length : close + 1;
        }
        return WebUtility.HtmlDecode(builder.ToString());
    }

    private static bool StartsTag(string html, int index, string name) =>
        string.Compare(html, index + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
