using System.Collections.Concurrent;

using Scriban.Runtime;

namespace BlogGen.Building.Caching;

/// <summary>
/// Hashes of generated template objects (tag pages, their terms, paginators) by reference, kept from the last build:
/// a generator that gives the same objects again, as the tag pages while no post's tags changed, has them hashed once.
/// Only for objects nothing changes once they are made. Thread-safe within a build.
/// </summary>
internal sealed class ObjectHashes
{
    private ConcurrentDictionary<ScriptObject, UInt128> _last = New(0);
    private ConcurrentDictionary<ScriptObject, UInt128> _current = New(0);

    /// <summary>Keeps the hashes of the build that ended, drops older ones.</summary>
    public void BeginBuild()
    {
        _last = _current;
        _current = New(_last.Count);
    }

    public UInt128 Of(ScriptObject value, Func<ScriptObject, UInt128> compute) =>
        _current.GetOrAdd(value, static (item, state) => state.Last.TryGetValue(item, out var known) ? known : state.Compute(item), (Last: _last, Compute: compute));

    // Sized for the last build's objects: growing locks every stripe, and every thread of the layout stage waits.
    private static ConcurrentDictionary<ScriptObject, UInt128> New(int capacity) =>
        new(Environment.ProcessorCount, Math.Max(capacity, 31), ReferenceEqualityComparer.Instance);
}
