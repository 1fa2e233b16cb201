namespace BlogGen.Content;

/// <summary>Finds the line of a top-level front matter key, so a bad value is reported where it is written.</summary>
public static class FrontMatterKeyLine
{
    /// <summary>The 1-based file line of <paramref name="key"/> (plain or quoted) in the front matter of <paramref name="text"/>; 0 when it is not there.</summary>
    public static int Find(string text, string key)
    {
        var line = 1;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var current = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            if (line > 1 && current.TrimEnd() is "---" or "...")
            {
                return 0;
            }
            if (line > 1 && (IsKey(current, key, "") || IsKey(current, key, "\"") || IsKey(current, key, "'")))
            {
                return line;
            }
            if (end < 0)
            {
                break;
            }
            start = end + 1;
            line++;
        }
        return 0;
    }

    private static bool IsKey(ReadOnlySpan<char> line, string key, string quote) =>
        line.StartsWith(quote, StringComparison.Ordinal)
        && line[quote.Length..].StartsWith(key, StringComparison.Ordinal)
        && line[(quote.Length + key.Length)..].StartsWith(quote, StringComparison.Ordinal)
        && line[(quote.Length * 2 + key.Length)..].TrimStart().StartsWith(':');
}
