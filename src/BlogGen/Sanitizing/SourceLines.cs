namespace BlogGen.Sanitizing;

/// <summary>
/// Which source line an offset of the parsed fragment comes from: the fragment's own lines, counted from each start
/// mark the Markdown stage wrote (see <c>RawHtmlMarks</c>) at the line it names.
/// </summary>
internal sealed class SourceLines(string html, IReadOnlyList<(int Offset, int Line)> starts)
{
    public int LineAt(int offset)
    {
        offset = Math.Clamp(offset, 0, html.Length);
        var (from, line) = (0, 1);
        foreach (var start in starts)
        {
            if (start.Offset > offset)
            {
                break;
            }
            (from, line) = start;
        }
        return line + html.AsSpan(from, offset - from).Count('\n');
    }
}
