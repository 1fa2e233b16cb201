namespace BlogGen.Generators;

/// <summary>
/// The value computed for the last key, given again while the key is equal: a preview rebuild after an edit that leaves
/// a generator's input as it was gets the same bytes back without writing them again. Thread-safe: the key and its
/// value are swapped as one object.
/// </summary>
internal sealed class LastValue<TKey, TValue>(Func<TKey, TKey, bool> same)
{
    private Slot? _last;

    public TValue For(TKey key, Func<TKey, TValue> compute)
    {
        if (_last is { } last && same(last.Key, key))
        {
            return last.Value;
        }
        var value = compute(key);
        _last = new Slot(key, value);
        return value;
    }

    private sealed record Slot(TKey Key, TValue Value);
}
