namespace BlogGen.Configuration;

/// <summary>Reads Jekyll's <c>defaults:</c> list of <c>{scope: {path, type}, values}</c>.</summary>
internal static class FrontMatterDefaultsReader
{
    /// <param name="collections">The site's collections: their labels are types too, as in Jekyll.</param>
    public static IReadOnlyList<FrontMatterDefault> Read(ConfigValueReader reader, IReadOnlyList<CollectionSettings> collections)
    {
        if (reader.Raw("defaults") is not { } raw)
        {
            return [];
        }
        if (raw is not IEnumerable<object?> entries || raw is string)
        {
            reader.Report("defaults", "must be a list of entries with `scope:` and `values:`");
            return [];
        }

        var result = new List<FrontMatterDefault>();
        var index = 0;
        foreach (var entry in entries)
        {
            index++;
            if (entry is not IReadOnlyDictionary<string, object?> map
                || map.GetValueOrDefault("values") is not IReadOnlyDictionary<string, object?> values)
            {
                reader.Report("defaults", $"entry {index} needs a `values:` map; it is ignored");
                continue;
            }
            var scope = map.GetValueOrDefault("scope") as IReadOnlyDictionary<string, object?>;
            var path = (scope?.GetValueOrDefault("path") as string ?? "").Replace('\\', '/').Trim('/');
            var type = scope?.GetValueOrDefault("type") as string;
            if (type is not (null or "posts" or "pages" or "drafts") && !collections.Any(collection => collection.Label == type))
            {
                reader.Report("defaults", $"entry {index} has scope type '{type}': use posts, pages, drafts or the name of a collection");
                continue;
            }
            result.Add(new FrontMatterDefault(path, type, values));
        }
        return result;
    }
}
