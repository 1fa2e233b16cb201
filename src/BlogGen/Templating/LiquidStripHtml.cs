using System.Text;

namespace BlogGen.Templating;

/// <summary>
/// The <c>strip_html</c> filter as Liquid has it: comments, scripts, styles and tags removed, nothing else changed.
/// It does not use <see cref="Content.PlainText"/>: that one puts a space between blocks, collapses whitespace and
/// decodes entities, which would change what Jekyll templates print. Entities stay encoded, as in Liquid, so text
/// such as <c>&amp;lt;script&amp;gt;</c> cannot turn into markup when the template prints the result unescaped.
/// One difference, kept on purpose: an unclosed comment, script, style or tag drops the rest of the input, where Liquid
/// would keep it, so the code of a cut-off script is never printed as text.
/// </summary>
public static class LiquidStripHtml
{
    public static string Apply(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
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
        return builder.ToString();
    }

    private static bool StartsTag(string html, int index, string name) =>
        string.Compare(html, index + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
