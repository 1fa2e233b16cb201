namespace BlogGen.Generators.Search;

/// <summary>
/// The distinct tokens of one post, as numbers of the session's <see cref="TokenTable"/>, with the fields each occurs
/// in; ordered by shard and then by number, so the tokens a shard lists from this post are one run of the array. Each
/// token is one int, its number times 8 plus its fields: a post read back from the build cache is then one array, and
/// two posts' runs compare as plain numbers. A token's shard is not kept with it but looked up from its number
/// (<see cref="TokenShards"/>), as the tokens of all posts are most of the index's memory.
/// </summary>
internal sealed class PostTokens
{
    private const int FieldBits = 3;

    private readonly int[] _tokens;
    private readonly TokenShards _shards;

    /// <param name="tokens">Each token as <see cref="Pack"/> makes it; ordered by shard, then by number, as <see cref="TokenCollector"/> orders them.</param>
    /// <param name="shards">The shard of each token's number.</param>
    internal PostTokens(int[] tokens, TokenShards shards)
    {
        _tokens = tokens;
        _shards = shards;
    }

    /// <summary>A token's number and fields as one int, as <see cref="PostTokens"/> holds it.</summary>
    public static int Pack(int number, SearchFields fields) => number << FieldBits | (int)fields;

    /// <summary>The number of a token packed by <see cref="Pack"/>.</summary>
    public static int NumberOf(int packed) => packed >> FieldBits;

    public int Count => _tokens.Length;

    /// <summary>The number of the <paramref name="i"/>th token in the session's <see cref="TokenTable"/>.</summary>
    public int NumberAt(int i) => NumberOf(_tokens[i]);

    public SearchFields FieldsAt(int i) => (SearchFields)(_tokens[i] & ((1 << FieldBits) - 1));

    /// <summary>The shards that list this post, ascending; each once, as the tokens are ordered by shard.</summary>
    public IEnumerable<int> Shards
    {
        get
        {
            var last = -1;
            for (var i = 0; i < _tokens.Length; i++)
            {
                var shard = ShardAt(i);
                if (shard != last)
                {
                    yield return shard;
                    last = shard;
                }
            }
        }
    }

    /// <summary>Whether this post has any token in <paramref name="shard"/>.</summary>
    public bool Lists(int shard)
    {
        var start = FirstAtOrAfter(shard);
        return start < _tokens.Length && ShardAt(start) == shard;
    }

    /// <summary>Whether <paramref name="other"/> gives <paramref name="shard"/> the same tokens with the same fields.</summary>
    public bool SameIn(int shard, PostTokens other) =>
        _tokens.AsSpan(RunOf(shard)).SequenceEqual(other._tokens.AsSpan(other.RunOf(shard)));

    /// <summary>Where the tokens <paramref name="shard"/> lists are among this post's tokens.</summary>
    public Range RunOf(int shard)
    {
        var start = FirstAtOrAfter(shard);
        var end = start;
        while (end < _tokens.Length && ShardAt(end) == shard)
        {
            end++;
        }
        return start..end;
    }

    private int ShardAt(int i) => _shards.Of(NumberOf(_tokens[i]));

    /// <summary>The first token whose shard is <paramref name="shard"/> or after it (the count when none is).</summary>
    private int FirstAtOrAfter(int shard)
    {
        var low = 0;
        var high = _tokens.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (ShardAt(middle) < shard)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
