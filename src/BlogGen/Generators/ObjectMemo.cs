using System.Runtime.CompilerServices;

namespace BlogGen.Generators;

/// <summary>
/// A value computed from an object, remembered for as long as the object lives and given again while it is asked for
/// with the same <typeparamref name="TStamp"/>: what else the value depends on, such as the base URL. A document kept
/// from build to build is the same object, so a rebuild computes the value only for the documents that changed.
/// Thread-safe.
/// </summary>
internal sealed class ObjectMemo<TKey, TStamp, TValue>
    where TKey : class
{
    private readonly ConditionalWeakTable<TKey, Entry> _values = [];

    public TValue For(TKey key, TStamp stamp, Func<TKey, TValue> compute)
    {
        if (_values.TryGetValue(key, out var known) && EqualityComparer<TStamp>.Default.Equals(known.Stamp, stamp))
        {
            return known.Value;
        }
        var value = compute(key);
        _values.AddOrUpdate(key, new Entry(stamp, value));
        return value;
    }

    /// <summary>One object, swapped whole: a thread never sees one stamp with another's value.</summary>
    private sealed record Entry(TStamp Stamp, TValue Value);
}
