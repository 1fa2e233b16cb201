using System.Collections.Concurrent;

namespace BlogGen.Building.Caching;

/// <summary>
/// The entries of one kind of cached work, keyed by <typeparamref name="TKey"/>. Thread-safe. A build keeps only the
/// entries it used or added, so the cache never outgrows the site: deleted files and old versions drop out.
/// </summary>
/// <param name="order">How <see cref="Entries"/> are listed; null for entries kept in memory only, which are never listed.</param>
/// <param name="equality">How keys compare; by default, as the key type says.</param>
internal sealed class RetainedEntries<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> entries, IComparer<TKey>? order,
    IEqualityComparer<TKey>? equality = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new(entries.Select(e => KeyValuePair.Create(e.Key, new Entry(e.Value, 0))), equality);
    private int _build;
    private int _hits;
    private int _used;

    /// <summary>Entries reused in the last build.</summary>
    public int Hits => _hits;

    /// <summary>Nothing is kept: every entry a build needs is made anew.</summary>
    public bool IsEmpty => _entries.IsEmpty;

    public IEnumerable<KeyValuePair<TKey, TValue>> Entries =>
        _entries.OrderBy(e => e.Key, order ?? throw new InvalidOperationException("these entries are kept in memory only"))
            .Select(e => KeyValuePair.Create(e.Key, e.Value.Value));

    public void BeginBuild()
    {
        _build++;
        _hits = 0;
        _used = 0;
    }

    public void EndBuild()
    {
        // Every entry used: nothing to drop, and no need to look at each. (A count off by a race only keeps an
        // unused entry one build longer: entries are checked before reuse, so dropping them only saves memory.)
        if (_used >= _entries.Count)
        {
            return;
        }
        foreach (var (key, entry) in _entries)
        {
            if (entry.UsedIn != _build)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    /// <summary>The entry for <paramref name="key"/> when <paramref name="stillValid"/> accepts it; it then counts as reused.</summary>
    public bool TryReuse(TKey key, Func<TValue, bool> stillValid, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && stillValid(entry.Value))
        {
            // Not a dictionary update: reuse is the common case, and threads must not queue for a lock.
            if (Interlocked.Exchange(ref entry.UsedIn, _build) != _build)
            {
                Interlocked.Increment(ref _used);
            }
            Interlocked.Increment(ref _hits);
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Add(TKey key, TValue value)
    {
        var replacedUsed = false;
        var entry = new Entry(value, _build);
        _entries.AddOrUpdate(key, entry, (_, replaced) =>
        {
            replacedUsed = replaced.UsedIn == _build;
            return entry;
        });
        if (!replacedUsed)
        {
            Interlocked.Increment(ref _used);
        }
    }

    /// <summary>The value for <paramref name="key"/>, reused, or computed and added when there is none.</summary>
    public TValue ReuseOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (TryReuse(key, _ => true, out var value))
        {
            return value;
        }
        value = compute(key);
        Add(key, value);
        return value;
    }

    private sealed class Entry(TValue value, int usedIn)
    {
        public TValue Value { get; } = value;

        public int UsedIn = usedIn;
    }
}
