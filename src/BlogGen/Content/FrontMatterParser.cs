using System.Collections.Frozen;

using BlogGen.Diagnostics;
using BlogGen.Yaml;

namespace BlogGen.Content;

/// <summary>
/// Splits Jekyll front matter from a file's body: a first line <c>---</c>, YAML, then a line <c>---</c> or
/// <c>...</c>. Scans line by line without regular expressions, since it runs on every file of a site.
/// </summary>
public static class FrontMatterParser
{
    private const char ByteOrderMark = '\uFEFF';

    private static readonly IReadOnlyDictionary<string, object?> NoValues = FrozenDictionary<string, object?>.Empty;

    /// <summary>True when the first line (after an optional byte order mark) is <c>---</c>, trailing spaces allowed.</summary>
    public static bool HasFrontMatter(string text)
    {
        var start = SkipByteOrderMark(text);
        return IsFence(ReadLine(text, start, out _), allowDocumentEnd: false);
    }

    /// <summary>
    /// Reads the front matter of <paramref name="text"/>. A text without front matter is all body. YAML line numbers in
    /// diagnostics are file lines: YAML line 1 is file line 2.
    /// </summary>
    /// <param name="memo">Front matter parsed by earlier builds, to reuse; none by default.</param>
    public static FrontMatterResult Parse(string text, string path, TimeZoneInfo timeZone, IFrontMatterMemo? memo = null)
    {
        var start = SkipByteOrderMark(text);
        if (!IsFence(ReadLine(text, start, out var yamlStart), allowDocumentEnd: false))
        {
            return new FrontMatterResult(NoValues, "", text[start..], 1, []);
        }

        if (FindClosingFence(text, yamlStart, out var fenceStart, out var next, out var fenceLine))
        {
            var yaml = text[yamlStart..fenceStart];
            var values = memo?.ReadMapping(yaml, path, lineOffset: 1, timeZone) ?? YamlValueReader.ReadMapping(yaml, path, lineOffset: 1, timeZone);
            return new FrontMatterResult(values.Values, text[start..next], text[next..], fenceLine + 1, values.Diagnostics);
        }

        return new FrontMatterResult(
            NoValues,
            string.Empty,
            string.Empty,
            1,
            [Diagnostic.Error(
                DiagnosticCodes.FrontMatterNotClosed,
                path,
                "front matter is never closed: add a line '---' after the last front matter key",
                line: 1)]);
    }

    /// <summary>
    /// Where the body of <paramref name="text"/> starts, after the line closing its front matter; null when the text has
    /// no front matter or does not close it. A reader that has only the start of a file learns from this whether the
    /// front matter is all in it.
    /// </summary>
    public static int? BodyStart(string text)
    {
        var start = SkipByteOrderMark(text);
        return IsFence(ReadLine(text, start, out var yamlStart), allowDocumentEnd: false)
            && FindClosingFence(text, yamlStart, out _, out var next, out _)
            ? next
            : null;
    }

    /// <summary>The line closing front matter whose YAML starts at <paramref name="yamlStart"/> (file line 2): where it starts, where the body after it starts, and its line.</summary>
    private static bool FindClosingFence(string text, int yamlStart, out int fenceStart, out int next, out int fenceLine)
    {
        fenceLine = 2;
        fenceStart = yamlStart;
        while (fenceStart < text.Length)
        {
            if (IsFence(ReadLine(text, fenceStart, out next), allowDocumentEnd: true))
            {
                return true;
            }
            fenceStart = next;
            fenceLine++;
        }
        next = text.Length;
        return false;
    }

    private static int SkipByteOrderMark(string text) => text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;

    /// <summary>The line starting at <paramref name="start"/> without its line break; <paramref name="next"/> is where the next line starts.</summary>
    private static ReadOnlySpan<char> ReadLine(string text, int start, out int next)
    {
        var newline = text.IndexOf('\n', start);
        var end = newline < 0 ? text.Length : newline;
        next = newline < 0 ? text.Length : newline + 1;
        var content = text.AsSpan(start, end - start);
        return content.EndsWith('\r') ? content[..^1] : content;
    }

    private static bool IsFence(ReadOnlySpan<char> line, bool allowDocumentEnd)
    {
        var trimmed = line.TrimEnd(" \t");
        return trimmed.SequenceEqual("---") || (allowDocumentEnd && trimmed.SequenceEqual("..."));
    }
}
