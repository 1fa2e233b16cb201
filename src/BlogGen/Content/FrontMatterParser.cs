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

        var lineNumber = 2;
        var lineStart = yamlStart;
        while (lineStart < text.Length)
        {
            if (IsFence(ReadLine(text, lineStart, out var next), allowDocumentEnd: true))
            {
                var yaml = text[yamlStart..lineStart];
                var values = memo?.ReadMapping(yaml, path, lineOffset: 1, timeZone) ?? YamlValueReader.ReadMapping(yaml, path, lineOffset: 1, timeZone);
                return new FrontMatterResult(values.Values, text[start..next], text[next..], lineNumber + 1, values.Diagnostics);
            }
            lineStart = next;
            lineNumber++;
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
