using System.Collections.Concurrent;

using Scriban.Runtime;

namespace BlogGen.Building.Caching;

/// <summary>
/// Hashes of generated template objects (tag pages, their terms, paginators) by reference, kept while builds use them:
/// a generator that gives the same objects again, as the tag pages while no post's tags changed, has them hashed once
/// a session. Only for objects nothing changes once they are made. Thread-safe within a build.
/// </summary>
internal sealed class ObjectHashes
{
    private readonly ConcurrentDictionary<ScriptObject, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private int _build;

    /// <summary>Drops the hashes the last build did not use: their objects are gone.</summary>
    public void BeginBuild()
    {
        foreach (var (value, entry) in _entries)
        {
            if (entry.UsedIn != _build)
            {
                _entries.TryRemove(value, out _);
            }
        }
        _build++;
    }

    public UInt128 Of(ScriptObject value, Func<ScriptObject, UInt128> compute)
    {
        // A known object is only marked, with a plain write: adding takes a lock, and the threads of the layout stage
        // would queue for it on every page.
        if (_entries.TryGetValue(value, out var known))
        {
            known.UsedIn = _build;
            return known.Hash;
        }
        var hash = compute(value);
        _entries.TryAdd(value, new Entry(hash, _build));
        return hash;
    }

    private sealed class Entry(UInt128 hash, int usedIn)
    {
        public UInt128 Hash { get; } = hash;

        public int UsedIn { get; set; } = usedIn;
    }
}
