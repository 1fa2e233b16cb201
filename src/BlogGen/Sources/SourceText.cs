using System.Globalization;
using System.Text;
using System.Text.Unicode;

using BlogGen.Diagnostics;

namespace BlogGen.Sources;

/// <summary>Turns a source file's bytes into text. Only UTF-8 is accepted: an encoding is never guessed.</summary>
public static class SourceText
{
    private const int BinarySniffLength = 8 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The text of <paramref name="bytes"/> without a UTF-8 byte order mark, or null with an error when the
    /// bytes are not UTF-8 text (another encoding, or a binary file).
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, out Diagnostic? diagnostic) =>
        TryGetText(bytes, path, out var text, out diagnostic) ? Encoding.UTF8.GetString(text) : null;

    /// <summary>
    /// The UTF-8 text of <paramref name="bytes"/> without a byte order mark, not yet decoded (a caller may decode it in
    /// parts); false with an error when the bytes are not UTF-8 text (another encoding, or a binary file).
    /// </summary>
    public static bool TryGetText(ReadOnlySpan<byte> bytes, string path, out ReadOnlySpan<byte> text, out Diagnostic? diagnostic)
    {
        text = default;
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }
        else if (StartsWithUtf16Bom(bytes))
        {
            diagnostic = Diagnostic.Error(
                DiagnosticCodes.NotUtf8,
                path,
                "the file is saved as UTF-16, not UTF-8: save the file as UTF-8",
                line: 1,
                column: 1);
            return false;
        }

        var nul = bytes[..Math.Min(bytes.Length, BinarySniffLength)].IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, _) = Locate(bytes, nul);
            diagnostic = Diagnostic.Error(
                DiagnosticCodes.NotUtf8,
                path,
                "the file looks like a binary file, not text (it contains a NUL byte): "
                    + "move it out of the content folders or list it under 'exclude:'",
                line);
            return false;
        }

        if (!Utf8.IsValid(bytes))
        {
            var bad = FirstInvalidByte(bytes);
            var (line, column) = Locate(bytes, bad);
            diagnostic = Diagnostic.Error(
                DiagnosticCodes.NotUtf8,
                path,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"byte 0x{bytes[bad]:X2} on line {line} is not valid UTF-8 (the file may be in Windows-1252, Latin-1 or GBK): save the file as UTF-8"),
                line,
                column);
            return false;
        }

        diagnostic = null;
        text = bytes;
        return true;
    }

    private static bool StartsWithUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return index;
            }
            index += consumed;
        }
        return index;
    }

    /// <summary>1-based line, and 1-based column counted in characters (not bytes) of the byte at <paramref name="index"/>.</summary>
    internal static (int Line, int Column) Locate(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }
        return (line, column);
    }
}
