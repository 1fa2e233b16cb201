using System.Runtime.InteropServices;

namespace BlogGen.Generators.Search;

/// <summary>
/// Gathers the distinct tokens of one post after another, for one thread of a build. It remembers each token text it
/// met with its number and shard, so the session's shared <see cref="TokenTable"/> (behind a lock) and the shard's hash
/// are asked once per distinct token and thread, not once per post: a thousand posts hold over a million tokens but
/// some sixty thousand distinct ones, and looking each post's tokens up in a table shared by every thread was a third
/// of what indexing cost. A post's fields are gathered by token number in an array cleared after each post.
/// </summary>
/// <param name="table">Numbers the tokens; shared by every thread's collector and by the session's builds.</param>
/// <param name="shards">The shard of each token number in this build's index.</param>
internal sealed class TokenCollector(TokenTable table, TokenShards shards)
{
    private readonly Dictionary<string, (int Number, int Shard)> _known = new(StringComparer.Ordinal);

    // This post's fields by token number; zero for every token not (yet) in it.
    private SearchFields[] _fields = new SearchFields[table.Count];

    // This post's tokens so far, each as its shard and number in one long: sorted, they are in PostTokens' order.
    private readonly List<long> _found = [];

    public PostTokens Of(string title, IReadOnlyList<string> tags, string text)
    {
        var lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        void Add(string value, SearchFields field) => SearchTerms.Index(SearchTerms.Normalize(value), token =>
        {
            if (!lookup.TryGetValue(token, out var known))
            {
                known = Learn(token);
            }
            ref var fields = ref _fields[known.Number];
            if (fields == SearchFields.None)
            {
                _found.Add((long)known.Shard << 32 | (uint)known.Number);
            }
            fields |= field;
        });
        Add(title, SearchFields.Title);
        // One tag a line: a newline separates tokens, so no pair spans two tags.
        Add(string.Join('\n', tags), SearchFields.Tags);
        Add(text, SearchFields.Text);

        var found = CollectionsMarshal.AsSpan(_found);
        found.Sort();
        var tokens = new int[found.Length];
        for (var i = 0; i < found.Length; i++)
        {
            var number = (int)found[i];
            tokens[i] = PostTokens.Pack(number, _fields[number]);
            _fields[number] = SearchFields.None;
        }
        _found.Clear();
        return new PostTokens(tokens, shards);
    }

    private (int Number, int Shard) Learn(ReadOnlySpan<char> token)
    {
        var number = table.NumberOf(token);
        if (number >= _fields.Length)
        {
            Array.Resize(ref _fields, Math.Max(number + 1, _fields.Length * 2));
        }
        var known = (number, shards.Of(number));
        // The table's string for the key: no second copy of the text per thread.
        _known.Add(table.TextOf(number), known);
        return known;
    }
}
