namespace BlogGen.Cli.Tests;

/// <summary>Every file under a built site, by its '/' relative path, with its bytes; the staging journal is left out.</summary>
public static class OutputSnapshot
{
    public const string StagingFolder = ".bloggen-staging";

    public static SortedDictionary<string, byte[]> Take(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (!relative.StartsWith(StagingFolder + "/", StringComparison.Ordinal))
            {
                files[relative] = File.ReadAllBytes(path);
            }
        }
        return files;
    }

    /// <summary>The paths where two snapshots differ (missing on one side, or other bytes), for a readable failure.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual) =>
        [.. expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(path => !expected.TryGetValue(path, out var e) || !actual.TryGetValue(path, out var a) || !e.AsSpan().SequenceEqual(a))];
}
