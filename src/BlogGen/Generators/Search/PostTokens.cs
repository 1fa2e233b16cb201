namespace BlogGen.Generators.Search;

/// <summary>
/// The distinct tokens of one post with the fields each occurs in, ordered by shard and then ordinally, so the tokens a
/// shard lists from this post are one run of the arrays.
/// </summary>
internal sealed class PostTokens
{
    private readonly int[] _shards;

    /// <param name="shards">The shard of each token; tokens ordered by shard, then ordinally, as <see cref="TokenCollector"/> orders them.</param>
    internal PostTokens(string[] tokens, SearchFields[] fields, int[] shards)
    {
        Tokens = tokens;
        Fields = fields;
        _shards = shards;
    }

    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The fields of each token of <see cref="Tokens"/>.</summary>
    public IReadOnlyList<SearchFields> Fields { get; }

    /// <summary>The shards that list this post, ascending; each once, as the tokens are ordered by shard.</summary>
    public IEnumerable<int> Shards
    {
        get
        {
            for (var i = 0; i < _shards.Length; i++)
            {
                if (i == 0 || _shards[i] != _shards[i - 1])
                {
                    yield return _shards[i];
                }
            }
        }
    }

    /// <summary>Whether this post has any token in <paramref name="shard"/>.</summary>
    public bool Lists(int shard) => Array.BinarySearch(_shards, shard) >= 0;

    /// <summary>Whether <paramref name="other"/> gives <paramref name="shard"/> the same tokens with the same fields.</summary>
    public bool SameIn(int shard, PostTokens other)
    {
        var (start, length) = RunOf(shard).GetOffsetAndLength(Tokens.Count);
        var (otherStart, otherLength) = other.RunOf(shard).GetOffsetAndLength(other.Tokens.Count);
        if (length != otherLength)
        {
            return false;
        }
        for (var i = 0; i < length; i++)
        {
            if (Fields[start + i] != other.Fields[otherStart + i] || !string.Equals(Tokens[start + i], other.Tokens[otherStart + i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Where the tokens <paramref name="shard"/> lists are in <see cref="Tokens"/>.</summary>
    public Range RunOf(int shard)
    {
        var start = Array.BinarySearch(_shards, shard);
        if (start < 0)
        {
            return 0..0;
        }
        while (start > 0 && _shards[start - 1] == shard)
        {
            start--;
        }
        var end = start;
        while (end < _shards.Length && _shards[end] == shard)
        {
            end++;
        }
        return start..end;
    }
}
