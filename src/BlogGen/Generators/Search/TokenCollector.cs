using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace BlogGen.Generators.Search;

/// <summary>
/// Gathers the distinct tokens of one post after another, for one thread of a build. Its table is emptied, not made
/// again, for each post, and a token's text is taken from <paramref name="shared"/> when another post already had it:
/// a thousand posts hold over a million tokens but some sixty thousand distinct ones, and making a new table and a new
/// string for each was most of what indexing allocated (170 MB for the 1,000-post benchmark corpus; 43 MB now).
/// </summary>
/// <param name="shared">Each token's text, once for the whole build; shared by every thread's collector.</param>
internal sealed class TokenCollector(ConcurrentDictionary<string, string> shared)
{
    private readonly Dictionary<string, SearchFields> _found = new(new SharedTextComparer(shared));
    private (int Shard, string Token, SearchFields Fields)[] _sorted = [];

    public PostTokens Of(string title, IReadOnlyList<string> tags, string text, int shardCount)
    {
        _found.Clear();
        var lookup = _found.GetAlternateLookup<ReadOnlySpan<char>>();
        void Add(string value, SearchFields field) => SearchTerms.Index(SearchTerms.Normalize(value),
            token => CollectionsMarshal.GetValueRefOrAddDefault(lookup, token, out _) |= field);
        Add(title, SearchFields.Title);
        // One tag a line: a newline separates tokens, so no pair spans two tags.
        Add(string.Join('\n', tags), SearchFields.Tags);
        Add(text, SearchFields.Text);

        var count = _found.Count;
        if (_sorted.Length < count)
        {
            _sorted = new (int, string, SearchFields)[Math.Max(count, _sorted.Length * 2)];
        }
        var at = 0;
        foreach (var (token, fields) in _found)
        {
            _sorted[at++] = (SearchShards.Of(token, shardCount), token, fields);
        }
        // By shard, then ordinally: the tokens a shard lists from this post are then one run of the arrays.
        Array.Sort(_sorted, 0, count, Comparer<(int Shard, string Token, SearchFields Fields)>.Create(static (a, b) =>
            a.Shard != b.Shard ? a.Shard.CompareTo(b.Shard) : string.CompareOrdinal(a.Token, b.Token)));
        var tokens = new string[count];
        var found = new SearchFields[count];
        var shards = new int[count];
        for (var i = 0; i < count; i++)
        {
            (shards[i], tokens[i], found[i]) = _sorted[i];
        }
        return new PostTokens(tokens, found, shards);
    }

    /// <summary>Ordinal comparison, whose strings made from a token's characters come from the build's shared table.</summary>
    private sealed class SharedTextComparer(ConcurrentDictionary<string, string> shared)
        : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
    {
        private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _shared = shared.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj) => string.GetHashCode(obj.AsSpan(), StringComparison.Ordinal);

        public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<char> alternate) => string.GetHashCode(alternate, StringComparison.Ordinal);

        public string Create(ReadOnlySpan<char> alternate)
        {
            if (_shared.TryGetValue(alternate, out var text))
            {
                return text;
            }
            text = alternate.ToString();
            return _shared.TryAdd(text, text) ? text : shared[text];
        }
    }
}
