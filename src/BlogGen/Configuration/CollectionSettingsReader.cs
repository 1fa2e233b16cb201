using BlogGen.Diagnostics;

namespace BlogGen.Configuration;

/// <summary>
/// Reads Jekyll's <c>collections:</c>: a map of labels to their settings (<c>output</c>, <c>permalink</c>, any other key),
/// or a list of labels. What Jekyll can do with collections and BlogGen cannot is a warning, never silent.
/// </summary>
internal static class CollectionSettingsReader
{
    public static IReadOnlyList<CollectionSettings> Read(ConfigValueReader reader)
    {
        if (reader.Has("collections_dir"))
        {
            Warn(reader, "collections_dir: collections are read from folders at the top of the source only; move the `_NAME/` folders there and remove the key");
        }
        var entries = reader.Raw("collections") switch
        {
            null => [],
            IReadOnlyDictionary<string, object?> map => map.Select(entry => (entry.Key, entry.Value)).ToList(),
            IEnumerable<object?> labels => labels.Select(label => (Key: label as string ?? "", Value: (object?)null)).ToList(),
            _ => null,
        };
        if (entries is null)
        {
            reader.Report("collections", "must be a map of collection names to their settings, or a list of names");
            return [];
        }

        var result = new List<CollectionSettings>();
        foreach (var (label, value) in entries)
        {
            if (label.Length == 0 || label.Contains('/', StringComparison.Ordinal) || label is "." or ".." or "data")
            {
                reader.Report("collections", $"'{label}' cannot name a collection: use a plain folder name such as `projects`");
                continue;
            }
            var metadata = value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal);
            if (value is not null && value is not IReadOnlyDictionary<string, object?>)
            {
                reader.Report("collections", $"{label}: the settings must be a map of `key: value` lines, such as `output: true`");
            }
            foreach (var unsupported in new[] { "sort_by", "order" }.Where(metadata.ContainsKey))
            {
                Warn(reader, $"collections: {label}: {unsupported} is not supported; the documents are in Jekyll's default order (by date, then by path)");
            }
            if (label == "posts")
            {
                // BlogGen's posts: `permalink:` and the other keys at the top level say how they are built.
                foreach (var key in metadata.Keys.Order(StringComparer.Ordinal))
                {
                    Warn(reader, $"collections: posts: {key} is not read; posts are set at the top level of _config.yml (`permalink:`) and by `defaults:` with `type: posts`");
                }
                continue;
            }
            result.Add(new CollectionSettings(label, metadata.GetValueOrDefault("output") is true, metadata.GetValueOrDefault("permalink") as string, metadata));
        }
        return result;
    }

    private static void Warn(ConfigValueReader reader, string message) =>
        reader.Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigValueInvalid, reader.Path, message));
}
