using System.Collections.Immutable;

namespace BlogGen.Server;

/// <summary>
/// Watches the whole source folder and reports changed paths once they settle: editors write a temp file and
/// rename it, and raise several events per save, so changes are collected until none came for the debounce time.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    // Build output, the cache, version control, and editors' swap and backup files never trigger a build.
    private static readonly ImmutableArray<string> IgnoredFolders = ["_site", ".bloggen-cache", ".git", ".svn", ".hg", "node_modules"];

    private readonly string source;
    private readonly TimeSpan debounce;
    private readonly Action<IReadOnlyCollection<string>> changed;
    private readonly FileSystemWatcher watcher;
    private readonly Timer timer;
    private readonly Lock gate = new();
    private HashSet<string> paths = new(StringComparer.Ordinal);

    public SourceWatcher(string source, TimeSpan debounce, Action<IReadOnlyCollection<string>> changed)
    {
        this.source = Path.GetFullPath(source);
        this.debounce = debounce;
        this.changed = changed;
        timer = new Timer(_ => Flush());
        watcher = new FileSystemWatcher(this.source)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Add(e.FullPath);
        watcher.Created += (_, e) => Add(e.FullPath);
        watcher.Deleted += (_, e) => Add(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Add(e.OldFullPath);
            Add(e.FullPath);
        };
        // Events were lost (buffer overflow): rebuild, as anything may have changed.
        watcher.Error += (_, _) => Add(this.source);
        watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        watcher.EnableRaisingEvents = false;
        watcher.Dispose();
        timer.Dispose();
    }

    private void Add(string path)
    {
        if (IsIgnored(path))
        {
            return;
        }
        lock (gate)
        {
            paths.Add(path);
            timer.Change(debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        HashSet<string> settled;
        lock (gate)
        {
            if (paths.Count == 0)
            {
                return;
            }
            settled = paths;
            paths = new HashSet<string>(StringComparer.Ordinal);
        }
        changed(settled);
    }

    private bool IsIgnored(string path)
    {
        var relative = Path.GetRelativePath(source, path);
        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (segments.Any(s => IgnoredFolders.Contains(s, StringComparer.Ordinal)))
        {
            return true;
        }
        var name = segments[^1];
        return name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913";
    }
}
