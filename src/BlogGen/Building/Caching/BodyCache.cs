using System.Collections.Concurrent;

namespace BlogGen.Building.Caching;

/// <summary>
/// The per-file work of earlier builds (Markdown, highlighting, sanitizing), found by a hash of everything that can
/// change it. Thread-safe. A build keeps only the entries it used, so the cache never outgrows the site.
/// </summary>
internal sealed class BodyCache
{
    private readonly ConcurrentDictionary<UInt128, CachedBody> _entries;
    private readonly ConcurrentDictionary<UInt128, byte> _used = new();
    private int _hits;
    private int _misses;

    public BodyCache() : this([])
    {
    }

    internal BodyCache(IEnumerable<KeyValuePair<UInt128, CachedBody>> entries)
    {
        _entries = new ConcurrentDictionary<UInt128, CachedBody>(entries);
    }

    /// <summary>Bodies taken from the cache in the last build.</summary>
    public int Hits => _hits;

    /// <summary>Bodies converted anew in the last build.</summary>
    public int Misses => _misses;

    public int Count => _entries.Count;

    internal IEnumerable<KeyValuePair<UInt128, CachedBody>> Entries => _entries.OrderBy(e => e.Key);

    internal void BeginBuild()
    {
        _used.Clear();
        _hits = 0;
        _misses = 0;
    }

    /// <summary>Drops what the build did not use: deleted posts, old versions of edited ones.</summary>
    internal void EndBuild()
    {
        foreach (var key in _entries.Keys)
        {
            if (!_used.ContainsKey(key))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    /// <summary>The cached body for <paramref name="key"/> when each link it resolved still resolves to the same URL.</summary>
    internal bool TryGet(UInt128 key, Func<string, string?> resolve, out ConvertedBody body)
    {
        if (_entries.TryGetValue(key, out var cached) && cached.Links.All(link => resolve(link.Path) == link.Url))
        {
            _used[key] = 0;
            Interlocked.Increment(ref _hits);
            body = cached.Body;
            return true;
        }
        Interlocked.Increment(ref _misses);
        body = null!;
        return false;
    }

    internal void Add(UInt128 key, ConvertedBody body, IReadOnlyList<ResolvedLink> links)
    {
        _entries[key] = new CachedBody(body, links);
        _used[key] = 0;
    }
}
