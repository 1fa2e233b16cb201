namespace BlogGen.Content;

/// <summary>
/// The lines of a Markdown text as CommonMark ends them: at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, so line numbers are
/// the file's. Not <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/>, which also ends lines at form
/// feeds and Unicode line separators, and whose search for them is slow in CJK text (a fifth of reading a mirrored
/// post); two characters are searched for with vector instructions whatever the text.
/// </summary>
public ref struct MarkdownLines(ReadOnlySpan<char> text)
{
    private ReadOnlySpan<char> _rest = text;
    private bool _done;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly MarkdownLines GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_done)
        {
            return false;
        }
        var end = _rest.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            // The last line, empty after a final line break.
            Current = _rest;
            _done = true;
            return true;
        }
        Current = _rest[..end];
        var breakLength = _rest[end] == '\r' && end + 1 < _rest.Length && _rest[end + 1] == '\n' ? 2 : 1;
        _rest = _rest[(end + breakLength)..];
        return true;
    }
}
