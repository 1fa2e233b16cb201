using BlogGen.Configuration;

namespace BlogGen.Content;

/// <summary>
/// Jekyll's <c>defaults:</c>: matching scopes apply from least to most specific (a longer path, then a scope that names a
/// type, then the later entry), then the file's own front matter. Maps are merged key by key, as Jekyll's deep merge does.
/// A static file of the site has no type (the kind is null): only scopes that name none apply to it.
/// </summary>
public static class FrontMatterDefaultsApplier
{
    public static IReadOnlyDictionary<string, object?> Apply(IReadOnlyList<FrontMatterDefault> defaults, string relativePath,
        DocumentKind? kind, IReadOnlyDictionary<string, object?> frontMatter)
    {
        if (defaults.Count == 0)
        {
            return frontMatter;
        }
        var matching = defaults
            .Select((entry, index) => (entry, index))
            .Where(x => TypeMatches(x.entry.Type, kind, relativePath) && PathMatches(x.entry.PathPrefix, relativePath))
            .OrderBy(x => x.entry.PathPrefix.Length)
            .ThenBy(x => x.entry.Type is null ? 0 : 1)
            .ThenBy(x => x.index);
        IReadOnlyDictionary<string, object?> merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (entry, _) in matching)
        {
            merged = Merge(merged, entry.Values);
        }
        return Merge(merged, frontMatter);
    }

    /// <summary>A new map: <paramref name="over"/>'s values win, except that two maps under one key are merged in turn (Jekyll's deep merge).</summary>
    public static Dictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> under, IReadOnlyDictionary<string, object?> over)
    {
        var merged = new Dictionary<string, object?>(under, StringComparer.Ordinal);
        foreach (var (key, value) in over)
        {
            merged[key] = value is IReadOnlyDictionary<string, object?> overMap && merged.GetValueOrDefault(key) is IReadOnlyDictionary<string, object?> underMap
                ? Merge(underMap, overMap)
                : value;
        }
        return merged;
    }

    private static bool TypeMatches(string? type, DocumentKind? kind, string relativePath) => type switch
    {
        null => true,
        "posts" => kind is DocumentKind.Post or DocumentKind.Draft,
        "drafts" => kind is DocumentKind.Draft,
        "pages" => kind is DocumentKind.Page,
        _ => kind is DocumentKind.Item && CollectionLabel.Of(relativePath) == type,
    };

    /// <summary>The scope path names the file or a folder above it; a glob is anchored at the source folder, as Jekyll's is.</summary>
    private static bool PathMatches(string prefix, string relativePath) =>
        prefix.Length == 0
        || relativePath.Equals(prefix, StringComparison.Ordinal)
        || relativePath.StartsWith(prefix + "/", StringComparison.Ordinal)
        || (prefix.Contains('*') && (Glob.IsMatch("/" + prefix, "/" + relativePath) || Glob.IsMatch("/" + prefix + "/**", "/" + relativePath)));
}
