using System.Collections.Concurrent;

namespace BlogGen.Building.Caching;

/// <summary>Pages rendered by earlier builds, by output path. Thread-safe; a build keeps only the pages it still writes.</summary>
internal sealed class PageCache
{
    private readonly ConcurrentDictionary<string, PageRender> _entries;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _hits;

    public PageCache(IEnumerable<KeyValuePair<string, PageRender>> entries)
    {
        _entries = new ConcurrentDictionary<string, PageRender>(entries, StringComparer.Ordinal);
    }

    public int Hits => _hits;

    public int Count => _entries.Count;

    public IEnumerable<KeyValuePair<string, PageRender>> Entries => _entries.OrderBy(e => e.Key, StringComparer.Ordinal);

    public void BeginBuild()
    {
        _used.Clear();
        _hits = 0;
    }

    public void EndBuild()
    {
        foreach (var path in _entries.Keys)
        {
            if (!_used.ContainsKey(path))
            {
                _entries.TryRemove(path, out _);
            }
        }
    }

    /// <summary>The last render of <paramref name="outputPath"/> when its key matches and everything it read still hashes the same.</summary>
    public PageRender? Find(string outputPath, UInt128 key, Func<string, UInt128?> pageHash, Func<string, UInt128> siteMemberHash)
    {
        if (_entries.TryGetValue(outputPath, out var render)
            && render.Key == key
            && render.Pages.All(read => pageHash(read.Name) == read.Hash)
            && render.SiteMembers.All(read => siteMemberHash(read.Name) == read.Hash))
        {
            return render;
        }
        return null;
    }

    /// <summary>Marks the found render as reused by this build.</summary>
    public void Reused(string outputPath)
    {
        _used[outputPath] = 0;
        Interlocked.Increment(ref _hits);
    }

    public void Add(string outputPath, PageRender render)
    {
        _entries[outputPath] = render;
        _used[outputPath] = 0;
    }
}
