namespace BlogGen.Content;

/// <summary>Finds the line of a top-level front matter key, so a bad value is reported where it is written.</summary>
public static class FrontMatterKeyLine
{
    public static int Find(string text, string key)
    {
        var line = 1;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var current = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            if (line > 1 && current.TrimEnd().SequenceEqual("---"))
            {
                return 0;
            }
            if (current.StartsWith(key, StringComparison.Ordinal) && current[key.Length..].TrimStart().StartsWith(":"))
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
}
