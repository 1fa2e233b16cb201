using System.Collections.Concurrent;

namespace BlogGen.Output;

/// <summary>
/// Creates the folders of the staging area as files are staged into it in parallel, each once: pages share their
/// parent folders, and asking the file system again for each page is a system call that only fails.
/// </summary>
internal sealed class StagingFolders(string staging)
{
    private readonly ConcurrentDictionary<string, bool> _created = new(StringComparer.Ordinal);

    /// <summary>The staging path of <paramref name="relative"/>, its folder created.</summary>
    public string PrepareFor(string relative)
    {
        var path = Path.Combine(staging, relative);
        var folder = Path.GetDirectoryName(path)!;
        if (!_created.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _created.TryAdd(folder, true);
        }
        return path;
    }
}
