using System.Collections.Concurrent;

namespace BlogGen.Building.Caching;

/// <summary>
/// The entries of one kind of cached work, keyed by <typeparamref name="TKey"/>. Thread-safe. A build keeps only the
/// entries it used or added, so the cache never outgrows the site: deleted files and old versions drop out.
/// </summary>
internal sealed class RetainedEntries<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> entries, IComparer<TKey> order)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(entries);
    private readonly ConcurrentDictionary<TKey, byte> _used = new();
    private int _hits;

    /// <summary>Entries reused in the last build.</summary>
    public int Hits => _hits;

    public IEnumerable<KeyValuePair<TKey, TValue>> Entries => _entries.OrderBy(e => e.Key, order);

    public void BeginBuild()
    {
        _used.Clear();
        _hits = 0;
    }

    public void EndBuild()
    {
        foreach (var key in _entries.Keys)
        {
            if (!_used.ContainsKey(key))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    /// <summary>The entry for <paramref name="key"/> when <paramref name="stillValid"/> accepts it; it then counts as reused.</summary>
    public bool TryReuse(TKey key, Func<TValue, bool> stillValid, out TValue value)
    {
        if (_entries.TryGetValue(key, out value!) && stillValid(value))
        {
            _used[key] = 0;
            Interlocked.Increment(ref _hits);
            return true;
        }
        return false;
    }

    public void Add(TKey key, TValue value)
    {
        _entries[key] = value;
        _used[key] = 0;
    }
}
