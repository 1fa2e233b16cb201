using System.Text;

using BlogGen.Diagnostics;
using BlogGen.Sources;

namespace BlogGen.Tests.Sources;

public class SourceTextTests
{
    [Fact]
    public void Utf8TextIsDecodedAndItsByteOrderMarkDropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\ntitle: 日本経済新聞\n")).ToArray();

        var text = SourceText.Decode(bytes, "_posts/a.md", out var diagnostic);

        Assert.Equal("---\ntitle: 日本経済新聞\n", text);
        Assert.Null(diagnostic);
    }

    [Fact]
    public void EmptyFileIsEmptyText()
    {
        Assert.Equal(string.Empty, SourceText.Decode([], "a.md", out var diagnostic));
        Assert.Null(diagnostic);
    }

    [Fact]
    public void InvalidUtf8NamesTheLineOfTheFirstBadByte()
    {
        // "café" saved as Windows-1252: é is the lone byte 0xE9.
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: ok\n---\nle caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        var text = SourceText.Decode(bytes, "_posts/cafe.md", out var diagnostic);

        Assert.Null(text);
        Assert.NotNull(diagnostic);
        Assert.Equal(
            "_posts/cafe.md(4,7): error BG1007: byte 0xE9 on line 4 is not valid UTF-8 (the file may be in Windows-1252, Latin-1 or GBK): save the file as UTF-8",
            diagnostic.ToString());
    }

    [Fact]
    public void ColumnOfABadByteCountsCharactersNotBytes()
    {
        var bytes = Encoding.UTF8.GetBytes("日本").Concat(new byte[] { 0xFF }).ToArray();

        SourceText.Decode(bytes, "a.md", out var diagnostic);

        Assert.Equal((1, 3), (diagnostic!.Line, diagnostic.Column));
    }

    [Fact]
    public void TruncatedMultiByteSequenceIsInvalid()
    {
        var bytes = Encoding.UTF8.GetBytes("ok\n日").AsSpan(0, 4).ToArray();

        Assert.Null(SourceText.Decode(bytes, "a.md", out var diagnostic));
        Assert.Equal(DiagnosticCodes.NotUtf8, diagnostic!.Code);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void NulByteMeansBinaryFile()
    {
        var bytes = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 };

        var text = SourceText.Decode(bytes, "_posts/image.md", out var diagnostic);

        Assert.Null(text);
        Assert.Equal(DiagnosticCodes.NotUtf8, diagnostic!.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("looks like a binary file", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16IsRefusedNotGuessed()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("title: x")).ToArray();

        Assert.Null(SourceText.Decode(bytes, "a.md", out var diagnostic));
        Assert.Contains("UTF-16", diagnostic!.Message, StringComparison.Ordinal);
        Assert.Contains("save the file as UTF-8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NulPastTheFirst8KilobytesIsText()
    {
        var bytes = Enumerable.Repeat((byte)'a', 9000).Append((byte)0).ToArray();

        Assert.Equal(9001, SourceText.Decode(bytes, "a.md", out var diagnostic)!.Length);
        Assert.Null(diagnostic);
    }
}
