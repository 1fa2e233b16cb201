using System.Text;

namespace BlogGen.Templating;

/// <summary>Which characters are read one at a time: Han, Hiragana, Katakana, Hangul syllables.</summary>
public static class CjkText
{
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
}
