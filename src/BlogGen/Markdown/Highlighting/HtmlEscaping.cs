using System.Text;

namespace BlogGen.Markdown.Highlighting;

/// <summary>Escapes text for HTML content the way Markdig does (<c>&amp; &lt; &gt; "</c>), leaving every other character as it is.</summary>
internal static class HtmlEscaping
{
    public static void Append(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                default: html.Append(c); break;
            }
        }
    }
}
