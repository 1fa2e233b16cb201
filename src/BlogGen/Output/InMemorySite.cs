namespace BlogGen.Output;

/// <summary>A whole built site held in memory, as the preview server serves it. Never changes once made.</summary>
public sealed class InMemorySite
{
    private readonly Dictionary<string, InMemoryFile> _files;
    private readonly HashSet<string> _folders;

    internal InMemorySite(Dictionary<string, InMemoryFile> files)
    {
        _files = files;
        _folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files.Keys)
        {
            for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                _folders.Add(path[..slash]);
            }
        }
    }

    /// <summary>A site with the same paths as <paramref name="samePaths"/>, whose folders it shares.</summary>
    internal InMemorySite(Dictionary<string, InMemoryFile> files, InMemorySite samePaths)
    {
        _files = files;
        _folders = samePaths._folders;
    }

    /// <summary>A site with no files, new each time: its tables are the site's own.</summary>
    public static InMemorySite Empty() => new(new Dictionary<string, InMemoryFile>(StringComparer.Ordinal));

    public int Count => _files.Count;

    internal IReadOnlyDictionary<string, InMemoryFile> Files => _files;

    /// <summary>A copy of the table of files, for the next site to change.</summary>
    internal Dictionary<string, InMemoryFile> CopyFiles() => new(_files, _files.Comparer);

    /// <param name="relativePath">'/' separators, no leading '/', e.g. <c>2025/01/01/hello/index.html</c>.</param>
    public InMemoryFile? Find(string relativePath) => _files.GetValueOrDefault(relativePath);

    /// <param name="relativePath">'/' separators, no leading or trailing '/'.</param>
    public bool IsFolder(string relativePath) => _folders.Contains(relativePath);
}
