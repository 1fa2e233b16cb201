namespace BlogGen.Content;

/// <summary>Path globs: '*' and '?' stay inside one segment, '**' crosses segments. A pattern without '/' matches a file name anywhere.</summary>
public static class Glob
{
    public static bool IsMatch(string pattern, string path)
    {
        if (!pattern.Contains('/'))
        {
            var name = path[(path.LastIndexOf('/') + 1)..];
            return Match(pattern, 0, name, 0);
        }
        return Match(pattern, 0, path, 0);
    }

    private static bool Match(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '*')
            {
                var crossesSegments = p + 1 < pattern.Length && pattern[p + 1] == '*';
                var next = p + (crossesSegments ? 2 : 1);
                if (crossesSegments && next < pattern.Length && pattern[next] == '/')
                {
                    // "**/" also matches no folder at all.
                    if (Match(pattern, next + 1, text, t))
                    {
                        return true;
                    }
                }
                for (var i = t; i <= text.Length; i++)
                {
                    if (Match(pattern, next, text, i))
                    {
                        return true;
                    }
                    if (i < text.Length && text[i] == '/' && !crossesSegments)
                    {
                        return false;
                    }
                }
                return false;
            }
            if (t >= text.Length || (c == '?' ? text[t] == '/' : c != text[t]))
            {
                return false;
            }
            p++;
            t++;
        }
        return t == text.Length;
    }
}
