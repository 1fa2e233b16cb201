namespace BlogGen.Fuzz;

/// <summary>The posts mutations start from: each distinct file once, in a fixed order so a seed number replays a session.</summary>
public static class SeedCorpus
{
    private static readonly string[] PostExtensions = [".md", ".markdown", ".html", ".htm", ".txt"];

    public static IReadOnlyList<byte[]> Load(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => PostExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
                : File.Exists(path) ? [path] : throw new FileNotFoundException($"seed path not found: {path}", path))
            .Order(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. files.Select(File.ReadAllBytes).Where(bytes => seen.Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))))];
    }
}
