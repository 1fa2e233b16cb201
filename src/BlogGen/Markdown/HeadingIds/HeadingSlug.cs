using System.Globalization;
using System.Text;

namespace BlogGen.Markdown.HeadingIds;

/// <summary>
/// GitHub's heading anchor rule, which keeps CJK and other non-ASCII letters (Markdig's own auto
/// identifiers drop them, turning every Chinese heading into <c>section</c>).
/// </summary>
internal static class HeadingSlug
{
    public const string Fallback = "section";

    /// <summary>
    /// Lowercases (invariant), keeps letters, marks, decimal digits, connector punctuation such as
    /// <c>_</c>, hyphens and spaces (GitHub's <c>[\p{Word}\- ]</c>), and turns each space into <c>-</c>.
    /// </summary>
    public static string From(string headingText)
    {
        var slug = new StringBuilder(headingText.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in headingText.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                slug.Append('-');
            }
            else if (IsKept(rune))
            {
                var length = Rune.ToLowerInvariant(rune).EncodeToUtf16(utf16);
                slug.Append(utf16[..length]);
            }
        }

        return slug.Length == 0 ? Fallback : slug.ToString();
    }

    private static bool IsKept(Rune rune) =>
        rune.Value == '-' || Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter
                or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
}
