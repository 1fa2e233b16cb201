using System.Text;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's own heading ids (<c>input: kramdown</c>): everything before the first ASCII letter goes, then every character
/// but ASCII letters, digits, spaces and hyphens; spaces become hyphens, letters lower case; nothing left is <c>section</c>.
/// So <c>Héllo Wörld 中文</c> is <c>hllo-wrld-</c>, as kramdown writes it.
/// </summary>
internal static class KramdownHeadingSlug
{
    public static string From(string headingText)
    {
        var slug = new StringBuilder(headingText.Length);
        var started = false;
        foreach (var c in headingText)
        {
            started |= char.IsAsciiLetter(c);
            if (!started)
            {
                continue;
            }
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                slug.Append(char.ToLowerInvariant(c));
            }
        }
        return slug.Length == 0 ? HeadingIds.HeadingSlug.Fallback : slug.ToString();
    }
}
