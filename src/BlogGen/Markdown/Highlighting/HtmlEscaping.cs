using System.Text;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Escapes text for HTML element content: <c>&amp; &lt; &gt;</c>, every other character as it is. Quotes stay
/// literal, as the sanitizer writes them, so highlighted code passes it byte for byte.
/// </summary>
internal static class HtmlEscaping
{
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        Append(html, text);
        return html.ToString();
    }

    public static void Append(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                default: html.Append(c); break;
            }
        }
    }
}
