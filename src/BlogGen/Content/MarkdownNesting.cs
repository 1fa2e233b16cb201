using System.Buffers;

namespace BlogGen.Content;

/// <summary>
/// Finds Markdown nested too deeply to render: Markdig gives up at about 128 nested blocks or inlines, and a
/// renderer that did not would run out of stack, which kills the process. No writer nests lists, quotes or
/// emphasis this deep; such text is an attack or a broken conversion.
/// </summary>
/// <remarks>
/// Every container a line opens (a '&gt;' quote, a list item) takes at least one column of its prefix, so the
/// prefix's width bounds the line's block depth; a run of emphasis or bracket characters bounds the inlines.
/// Lines inside fenced code and thematic breaks (<c>- - -</c>) open nothing and are skipped.
/// </remarks>
public static class MarkdownNesting
{
    public const int MaxDepth = 100;

    /// <summary>The first line (1-based) whose nesting may exceed <see cref="MaxDepth"/>, with that bound; null when none does.</summary>
    public static (int Line, int Depth)? FindTooDeep(string markdown)
    {
        var lineNumber = 0;
        var fence = "";
        foreach (var line in new MarkdownLines(markdown))
        {
            lineNumber++;
            var content = line.TrimStart(' ');
            if (line.Length - content.Length <= 3 && FenceOf(content) is { Length: > 0 } marker)
            {
                if (fence.Length == 0)
                {
                    fence = marker;
                    continue;
                }
                if (marker[0] == fence[0] && marker.Length >= fence.Length && content.TrimEnd(" \t").Length == marker.Length)
                {
                    fence = "";
                    continue;
                }
            }
            if (fence.Length > 0 || IsThematicBreak(line))
            {
                continue;
            }
            var depth = Math.Max(ContainerPrefixWidth(line), LongestDelimiterRun(line));
            if (depth > MaxDepth)
            {
                return (lineNumber, depth);
            }
        }
        return null;
    }

    /// <summary>The text as one fenced code block, longer than any backtick run inside: shown exactly as written.</summary>
    public static string AsCodeBlock(string markdown)
    {
        var longestRun = 0;
        var run = 0;
        foreach (var c in markdown)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }
        var fence = new string('`', Math.Max(3, longestRun + 1));
        return fence + "\n" + markdown + (markdown.EndsWith('\n') ? "" : "\n") + fence + "\n";
    }

    private static string FenceOf(ReadOnlySpan<char> content)
    {
        if (content.Length < 3 || content[0] is not ('`' or '~'))
        {
            return "";
        }
        var length = content.IndexOfAnyExcept(content[0]) is var end and >= 0 ? end : content.Length;
        return length >= 3 ? new string(content[0], length) : "";
    }

    /// <summary>Columns taken by indentation, '&gt;' markers and list markers before the line's text.</summary>
    private static int ContainerPrefixWidth(ReadOnlySpan<char> line)
    {
        var width = 0;
        var i = 0;
        var opensContainer = false;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '>')
            {
                width++;
                i++;
                opensContainer |= c == '>';
            }
            else if (c == '\t')
            {
                width += 4;
                i++;
            }
            else if (c is '-' or '*' or '+' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                width++;
                i++;
                opensContainer = true;
            }
            else if (OrderedMarkerLength(line[i..]) is > 0 and var length)
            {
                width += length;
                i += length;
                opensContainer = true;
            }
            else
            {
                break;
            }
        }
        // Indentation alone opens nothing on a blank line.
        return opensContainer || i < line.Length ? width : 0;
    }

    /// <summary>"1." or "12)" followed by a space or the end of the line: the length of the marker, else 0.</summary>
    private static int OrderedMarkerLength(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits >= text.Length || text[digits] is not ('.' or ')'))
        {
            return 0;
        }
        return digits + 1 == text.Length || text[digits + 1] is ' ' or '\t' ? digits + 1 : 0;
    }

    private static readonly SearchValues<char> Delimiters = SearchValues.Create("*_~[");

    /// <summary>The longest run of one emphasis or bracket character; found by jumping between them, as most lines have few.</summary>
    private static int LongestDelimiterRun(ReadOnlySpan<char> line)
    {
        var longest = 0;
        while (line.IndexOfAny(Delimiters) is var start and >= 0)
        {
            line = line[start..];
            var run = line.IndexOfAnyExcept(line[0]) is var end and >= 0 ? end : line.Length;
            longest = Math.Max(longest, run);
            line = line[run..];
        }
        return longest;
    }

    /// <summary>Three or more of one of '-', '*', '_' and nothing else but spaces: a rule, not a list.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(" \t");
        if (trimmed.Length == 0 || trimmed[0] is not ('-' or '*' or '_'))
        {
            return false;
        }
        var marks = 0;
        foreach (var c in trimmed)
        {
            if (c == trimmed[0])
            {
                marks++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }
        return marks >= 3;
    }
}
