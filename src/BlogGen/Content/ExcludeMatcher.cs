namespace BlogGen.Content;

/// <summary>
/// Jekyll's <c>exclude</c>/<c>include</c> entries: a path relative to the source ("docs", "src/", "notes/draft.md")
/// or a glob ("*.sh", "**/*.bak"), matching the entry itself and everything under it.
/// </summary>
public sealed class ExcludeMatcher(IEnumerable<string> patterns)
{
    private readonly (string Path, string Folder, bool IsGlob)[] _patterns =
        [.. patterns.Select(Normalize).Where(p => p.Length > 0).Select(p => (p, p + "/", p.Contains('*') || p.Contains('?')))];

    public bool Matches(string relativePath)
    {
        foreach (var (path, folder, isGlob) in _patterns)
        {
            if (relativePath.Equals(path, StringComparison.Ordinal)
                || relativePath.StartsWith(folder, StringComparison.Ordinal)
                || isGlob && Glob.IsMatch(path, relativePath))
            {
                return true;
            }
        }
        return false;
    }

    private static string Normalize(string pattern)
    {
        var normalized = pattern.Replace('\\', '/').Trim();
        if (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }
        return normalized.Trim('/');
    }
}
