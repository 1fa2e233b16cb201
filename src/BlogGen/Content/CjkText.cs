using System.Text;

namespace BlogGen.Content;

/// <summary>Chinese, Japanese and Korean text: read a character at a time, written without spaces.</summary>
public static class CjkText
{
    /// <summary>Characters read one at a time: Han, Hiragana, Katakana, Hangul syllables.</summary>
    public static bool IsCjk(Rune rune)
    {
        var v = rune.Value;
        return v is >= 0x4E00 and <= 0x9FFF      // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF           // Extension A
            or >= 0x20000 and <= 0x2EBEF         // Extensions B-F
            or >= 0xF900 and <= 0xFAFF           // Compatibility Ideographs
            or >= 0x3040 and <= 0x30FF           // Hiragana, Katakana
            or >= 0xAC00 and <= 0xD7AF;          // Hangul syllables
    }

    /// <summary>Letters of <see cref="IsCjk"/> and the full-width punctuation written between them (，。「」（）).</summary>
    public static bool IsCjkOrCjkPunctuation(Rune rune) =>
        IsCjk(rune) || rune.Value is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFF65;
}
