using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace BlogGen.Content;

/// <summary>
/// Jekyll's <c>slugify</c>. Whatever the mode, a slug is a safe single path segment: it never holds
/// <c>/</c>, <c>\</c> or control characters, and is never all dots or all whitespace (those become empty).
/// </summary>
public static class Slugifier
{
    private const string PrettyKept = "._~!$&'()+,;=@";

    /// <summary>Latin letters that carry no combining accent, spelled out as Jekyll's transliteration does.</summary>
    private static readonly FrozenDictionary<char, string> LatinLetters = new Dictionary<char, string>
    {
        ['ß'] = "ss",
        ['ẞ'] = "SS",
        ['æ'] = "ae",
        ['Æ'] = "AE",
        ['œ'] = "oe",
        ['Œ'] = "OE",
        ['ø'] = "o",
        ['Ø'] = "O",
        ['đ'] = "d",
        ['Đ'] = "D",
        ['ð'] = "d",
        ['Ð'] = "D",
        ['ł'] = "l",
        ['Ł'] = "L",
        ['þ'] = "th",
        ['Þ'] = "TH",
        ['ı'] = "i",
        ['ħ'] = "h",
        ['Ħ'] = "H",
    }.ToFrozenDictionary();

    /// <summary>The slug of <paramref name="text"/>, lowercased with the invariant culture; empty when nothing usable remains.</summary>
    /// <param name="cased">Keeps the case of <paramref name="text"/>, as Jekyll's <c>:title</c> in permalinks does.</param>
    public static string Slugify(string text, SlugMode mode = SlugMode.Default, bool cased = false)
    {
        var slug = mode switch
        {
            SlugMode.None => text,
            SlugMode.Raw => TrimOneHyphen(Replace(text, static rune => Rune.IsWhiteSpace(rune) && rune.IsAscii)),
            SlugMode.Default => TrimOneHyphen(Replace(text, static rune => !IsLetterMarkOrDigit(rune))),
            SlugMode.Pretty => TrimOneHyphen(Replace(text, static rune => !IsLetterMarkOrDigit(rune) && !(rune.IsAscii && PrettyKept.Contains((char)rune.Value, StringComparison.Ordinal)))),
            SlugMode.Ascii => TrimOneHyphen(Replace(text, static rune => !IsAsciiLetterOrDigit(rune))),
            SlugMode.Latin => TrimOneHyphen(Replace(RemoveAccents(text), static rune => !IsAsciiLetterOrDigit(rune))),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown slug mode"),
        };
        return MakePathSafe(cased ? slug : slug.ToLowerInvariant());
    }

    /// <summary>Reads a mode name from configuration or a template (case-insensitive). No name means <see cref="SlugMode.Default"/>.</summary>
    public static bool TryParseMode(string? name, out SlugMode mode)
    {
        SlugMode? parsed = name?.Trim().ToLowerInvariant() switch
        {
            null or "" or "default" => SlugMode.Default,
            "none" => SlugMode.None,
            "raw" => SlugMode.Raw,
            "pretty" => SlugMode.Pretty,
            "ascii" => SlugMode.Ascii,
            "latin" => SlugMode.Latin,
            _ => null,
        };
        mode = parsed ?? SlugMode.Default;
        return parsed is not null;
    }

    private static bool IsLetterMarkOrDigit(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };

    private static bool IsAsciiLetterOrDigit(Rune rune) => rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value);

    /// <summary>Replaces each run of characters matching <paramref name="replaced"/> with one hyphen.</summary>
    private static string Replace(string text, Func<Rune, bool> replaced)
    {
        var builder = new StringBuilder(text.Length);
        var inRun = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (replaced(rune))
            {
                if (!inRun)
                {
                    builder.Append('-');
                    inRun = true;
                }
                continue;
            }
            builder.Append(rune.ToString());
            inRun = false;
        }
        return builder.ToString();
    }

    /// <summary>Jekyll removes one leading and one trailing hyphen, no more.</summary>
    private static string TrimOneHyphen(string slug)
    {
        var start = slug.StartsWith('-') ? 1 : 0;
        var end = slug.Length > start && slug.EndsWith('-') ? slug.Length - 1 : slug.Length;
        return slug[start..end];
    }

    private static string RemoveAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        // Normalizing throws on a lone surrogate (a YAML escape such as "\ud800" makes one): it becomes U+FFFD first.
        var wellFormed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        foreach (var character in wellFormed.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (LatinLetters.TryGetValue(character, out var spelled))
            {
                builder.Append(spelled);
                continue;
            }
            builder.Append(character);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string MakePathSafe(string slug)
    {
        // Such a segment would name the folder itself, its parent, or nothing a file system keeps.
        if (slug.Trim().Length == 0 || slug.Trim('.').Length == 0)
        {
            return string.Empty;
        }
        return slug.Any(IsPathBreaker)
            ? string.Create(slug.Length, slug, static (target, source) =>
            {
                for (var index = 0; index < source.Length; index++)
                {
                    target[index] = IsPathBreaker(source[index]) ? '-' : source[index];
                }
            })
            : slug;
    }

    private static bool IsPathBreaker(char character) => character is '/' or '\\' || char.IsControl(character);
}
