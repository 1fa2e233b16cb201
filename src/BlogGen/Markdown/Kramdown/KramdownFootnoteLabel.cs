using System.Text.RegularExpressions;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// What kramdown takes as a footnote's name: an ASCII letter, digit or underscore, then those or hyphens
/// (<c>[^floats]</c>, <c>[^a-b_c]</c>; not <c>[^中]</c>, <c>[^-x]</c> or <c>[^b c]</c>). The name is case-sensitive and
/// goes into the ids as written (<c>fn:floats</c>).
/// </summary>
internal static partial class KramdownFootnoteLabel
{
    /// <summary>Whether Markdig's label (the name with its <c>^</c>) is one kramdown reads as a footnote's.</summary>
    public static bool IsValid(ReadOnlySpan<char> label) => label.Length > 1 && label[0] == '^' && Name().IsMatch(label[1..]);

    /// <summary>The length of the footnote reference <c>[^name]</c> at the start of <paramref name="text"/>, or 0 when there is none.</summary>
    public static int ReferenceLength(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("[^"))
        {
            return 0;
        }
        var close = text.IndexOf(']');
        return close > 2 && IsValid(text[1..close]) ? close + 1 : 0;
    }

    /// <summary>The name in the ids, from Markdig's label.</summary>
    public static string NameOf(string label) => label[1..];

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
