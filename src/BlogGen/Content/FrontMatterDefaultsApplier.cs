using BlogGen.Configuration;

namespace BlogGen.Content;

/// <summary>Jekyll's <c>defaults:</c>: matching scopes apply from least to most specific path, then the file's own front matter.</summary>
public static class FrontMatterDefaultsApplier
{
    public static IReadOnlyDictionary<string, object?> Apply(IReadOnlyList<FrontMatterDefault> defaults, string relativePath,
        DocumentKind kind, IReadOnlyDictionary<string, object?> frontMatter)
    {
        if (defaults.Count == 0)
        {
            return frontMatter;
        }
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        var matching = defaults
            .Select((entry, index) => (entry, index))
            .Where(x => TypeMatches(x.entry.Type, kind) && PathMatches(x.entry.PathPrefix, relativePath))
            .OrderBy(x => x.entry.PathPrefix.Length)
            .ThenBy(x => x.index);
        foreach (var (entry, _) in matching)
        {
            foreach (var (key, value) in entry.Values)
            {
                merged[key] = value;
            }
        }
        foreach (var (key, value) in frontMatter)
        {
            merged[key] = value;
        }
        return merged;
    }

    private static bool TypeMatches(string? type, DocumentKind kind) => type switch
    {
        null => true,
        "posts" => kind is DocumentKind.Post or DocumentKind.Draft,
        "drafts" => kind is DocumentKind.Draft,
        "pages" => kind is DocumentKind.Page,
        _ => false,
    };

    private static bool PathMatches(string prefix, string relativePath) =>
        prefix.Length == 0
        || relativePath.Equals(prefix, StringComparison.Ordinal)
        || relativePath.StartsWith(prefix + "/", StringComparison.Ordinal)
        || (prefix.Contains('*') && (Glob.IsMatch(prefix, relativePath) || Glob.IsMatch(prefix + "/**", relativePath)));
}
