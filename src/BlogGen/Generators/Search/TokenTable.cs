namespace BlogGen.Generators.Search;

/// <summary>
/// Numbers every distinct token text of a session's search index, so that posts hold tokens as small numbers: compared,
/// grouped and written to the build cache without hashing their text again. A thousand posts hold over a million
/// tokens but some sixty thousand distinct ones. Numbers are only ever added, never changed or taken back, so every
/// index of the session (and the posts it shares with the last one) reads the same text for a number; safe to use from
/// every thread of a build. Each number's key hash is kept beside its text, so a token's shard is known from its number
/// (see <see cref="TokenShards"/>) and a post need not hold one per token.
/// </summary>
internal sealed class TokenTable
{
    private readonly Lock _gate = new();

    // Written under _gate, read without it: a number handed out is never given another text, and an array grown is a
    // copy, so a reader holding the old one still finds every number it was given. Text and key hash in one array, so
    // that one read finds both.
    private Entry[] _entries;
    private int _count;

    // Built on first use: a table read back from the build cache is asked for numbers only when a post changed.
    private Dictionary<string, int>? _numbers;

    public TokenTable() : this([])
    {
    }

    /// <param name="texts">The texts of numbers 0, 1, 2…: a table as the build cache kept it.</param>
    public TokenTable(string[] texts)
    {
        _entries = [.. texts.Select(text => new Entry(text, SearchShards.KeyHash(text)))];
        _count = texts.Length;
    }

    /// <summary>How many numbers were handed out: every number is below it.</summary>
    public int Count => Volatile.Read(ref _count);

    public string TextOf(int number) => Volatile.Read(ref _entries)[number].Text;

    /// <summary>The key hash of a number's text (see <see cref="SearchShards.KeyHash"/>).</summary>
    public uint KeyHashOf(int number) => Volatile.Read(ref _entries)[number].KeyHash;

    /// <summary>The number of <paramref name="token"/>, given the next free one when it is new.</summary>
    public int NumberOf(ReadOnlySpan<char> token)
    {
        lock (_gate)
        {
            _numbers ??= Numbers();
            var lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(token, out var number))
            {
                return number;
            }
            var text = token.ToString();
            if (_count == _entries.Length)
            {
                var grown = new Entry[Math.Max(1024, _entries.Length * 2)];
                _entries.CopyTo(grown, 0);
                Volatile.Write(ref _entries, grown);
            }
            _entries[_count] = new Entry(text, SearchShards.KeyHash(text));
            _numbers.Add(text, _count);
            Volatile.Write(ref _count, _count + 1);
            return _count - 1;
        }
    }

    private Dictionary<string, int> Numbers()
    {
        var numbers = new Dictionary<string, int>(_count, StringComparer.Ordinal);
        for (var number = 0; number < _count; number++)
        {
            numbers.Add(_entries[number].Text, number);
        }
        return numbers;
    }

    private readonly record struct Entry(string Text, uint KeyHash);
}
