using System.Globalization;
using System.Text;

namespace BlogGen.Content;

/// <summary>
/// The comments the Markdown stage writes around each piece of raw HTML it passes through (an HTML block, or a leaf
/// block holding inline HTML), and the sanitizer reads and takes out before it parses. The start mark carries the
/// body line the piece starts on, so a removal can name its line; the end mark is where an element the writer left
/// open must end, so it cannot swallow the Markdown after it. Each mark carries a random key made for one Markdown
/// renderer: a writer cannot know it, so a comment typed to look like a mark stays the writer's own comment (removed
/// and reported as any comment is, or kept as text inside an attribute value) and never cuts a tag in two.
/// </summary>
public sealed class RawHtmlMarks
{
    private readonly string _startPrefix;

    private RawHtmlMarks(string key)
    {
        Prefix = "<!--bloggen:" + key + ":";
        End = Prefix + "end-->";
        _startPrefix = Prefix + "line ";
    }

    /// <summary>
    /// Marks with a key of 63 random bits, new for each renderer; they never reach a published page. Not the
    /// cryptographic generator: on Linux that loads OpenSSL, a start-up cost (and a library) a build does not otherwise need,
    /// and a writer cannot guess this key before the build anyway.
    /// </summary>
    public static RawHtmlMarks WithRandomKey() => new(Random.Shared.NextInt64().ToString("x16", CultureInfo.InvariantCulture));

    /// <summary>What both marks start with.</summary>
    public string Prefix { get; }

    /// <summary>The end of a piece of raw HTML.</summary>
    public string End { get; }

    /// <summary>The start of a piece of raw HTML that begins on <paramref name="line"/> of the body (1-based).</summary>
    public string Start(int line) => _startPrefix + line.ToString(CultureInfo.InvariantCulture) + "-->";

    /// <summary>
    /// The mark at <paramref name="index"/> of <paramref name="html"/>, if one starts there: its length, and the line of a
    /// start mark (0 for an end mark).
    /// </summary>
    public bool TryRead(string html, int index, out int length, out int line)
    {
        line = 0;
        length = 0;
        if (string.CompareOrdinal(html, index, End, 0, End.Length) == 0)
        {
            length = End.Length;
            return true;
        }
        if (string.CompareOrdinal(html, index, _startPrefix, 0, _startPrefix.Length) != 0)
        {
            return false;
        }
        var digits = index + _startPrefix.Length;
        var end = digits;
        while (end < html.Length && char.IsAsciiDigit(html[end]) && end - digits < 9)
        {
            end++;
        }
        if (end == digits || string.CompareOrdinal(html, end, "-->", 0, 3) != 0)
        {
            return false;
        }
        line = int.Parse(html.AsSpan(digits, end - digits), NumberStyles.None, CultureInfo.InvariantCulture);
        length = end + 3 - index;
        return true;
    }

    /// <summary><paramref name="html"/> without its marks, for a fragment that is published without sanitizing.</summary>
    public string Strip(string html)
    {
        if (!html.Contains(Prefix, StringComparison.Ordinal))
        {
            return html;
        }
        var builder = new StringBuilder(html.Length);
        var copied = 0;
        var at = 0;
        while ((at = html.IndexOf(Prefix, at, StringComparison.Ordinal)) >= 0)
        {
            if (TryRead(html, at, out var length, out _))
            {
                builder.Append(html, copied, at - copied);
                copied = at + length;
                at = copied;
            }
            else
            {
                at++;
            }
        }
        return builder.Append(html, copied, html.Length - copied).ToString();
    }
}
