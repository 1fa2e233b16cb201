using System.Globalization;
using System.Text;

using BlogGen.Content;

using CsCheck;

namespace BlogGen.Tests.Content;

/// <summary>Properties every slug has, whatever the text and the mode.</summary>
public class SlugifierPropertyTests
{
    private const int Iterations = 5_000;

    /// <summary>Any characters (lone surrogates too), or text built from what breaks paths and what slugs keep.</summary>
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.OneOf<string>(".", "..", "/", "\\", "\0", "\n", "\t", " ", "\u3000", "\u00A0", "-", "--", "_", ":", "%2e", "#", "?", "C#", "é", "ß",
                "Æ", "İ", "日本", "経済", "𠮷", "🎉", "\u0301", "\uD800", "\uDC00", "\u200B", "\u202E", "A", "z", "9", "~", "'", "&")
            .Array[0, 12].Select(parts => string.Concat(parts)));

    private static readonly Gen<SlugMode> Mode = Gen.Enum<SlugMode>();

    [Fact]
    public void ASlugIsOneSafePathSegment() =>
        Gen.Select(Text, Mode).Sample((text, mode) =>
        {
            var slug = Slugifier.Slugify(text, mode);

            Assert.DoesNotContain('/', slug);
            Assert.DoesNotContain('\\', slug);
            Assert.DoesNotContain('\0', slug);
            Assert.DoesNotContain(slug, char.IsControl);
            Assert.False(slug.Length > 0 && (slug.Trim().Length == 0 || slug.Trim('.').Length == 0), $"'{slug}' is not a usable path segment");
        }, iter: Iterations);

    [Fact]
    public void ASlugHoldsOnlyWhatItsModeKeeps() =>
        Gen.Select(Text, Mode).Sample((text, mode) =>
        {
            var slug = Slugifier.Slugify(text, mode);

            foreach (var rune in slug.EnumerateRunes())
            {
                Assert.True(IsKept(rune, mode), $"U+{rune.Value:X4} in '{slug}' ({mode})");
            }
        }, iter: Iterations);

    [Fact]
    public void SlugifyingASlugAgainChangesNothing() =>
        Gen.Select(Text, Gen.OneOf<SlugMode>(SlugMode.None, SlugMode.Default, SlugMode.Pretty, SlugMode.Ascii, SlugMode.Latin)).Sample((text, mode) =>
        {
            var slug = Slugifier.Slugify(text, mode);

            Assert.Equal(slug, Slugifier.Slugify(slug, mode));
        }, iter: Iterations);

    [Fact]
    public void CjkTextIsKeptAsItIs() =>
        Gen.Char['\u4E00', '\u9FFF'].Array[1, 20].Select(chars => new string(chars))
            .Sample(text => Assert.Equal(text, Slugifier.Slugify(text, SlugMode.Default)), iter: Iterations);

    [Fact]
    public void CjkWordsAreJoinedByOneHyphen() =>
        Gen.Char['\u4E00', '\u9FFF'].Array[1, 5].Select(chars => new string(chars)).Array[1, 5]
            .Sample(words => Assert.Equal(string.Join('-', words), Slugifier.Slugify(string.Join("， ", words), SlugMode.Default)), iter: Iterations);

    private static bool IsKept(Rune rune, SlugMode mode)
    {
        var letterOrDigit = Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber;
        var asciiLetterOrDigit = rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value);
        return rune.Value == '-' || mode switch
        {
            SlugMode.Default => letterOrDigit,
            SlugMode.Pretty => letterOrDigit || (rune.IsAscii && "._~!$&'()+,;=@".Contains((char)rune.Value, StringComparison.Ordinal)),
            SlugMode.Ascii or SlugMode.Latin => asciiLetterOrDigit && !char.IsAsciiLetterUpper((char)rune.Value),
            SlugMode.Raw => !(rune.IsAscii && Rune.IsWhiteSpace(rune)) && !Rune.IsControl(rune),
            _ => !Rune.IsControl(rune),
        };
    }
}
