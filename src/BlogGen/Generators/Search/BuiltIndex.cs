namespace BlogGen.Generators.Search;

/// <summary>
/// One build's shards: each post's tokens by number, the posts each shard lists, and each shard's bytes. The next build
/// starts from it and writes again only the shards where a post's tokens changed, so a preview save costs the few shards
/// an edit touches, not the whole index. Never changed once made: a build that fails leaves the last one whole.
/// </summary>
internal sealed class BuiltIndex
{
    private readonly PostTokens[] _byNumber;

    // The numbers of the posts each shard lists, ascending; null for a shard that lists none.
    private readonly int[]?[] _listed;

    private readonly Lazy<Dictionary<UInt128, PostTokens>> _byKey;

    private BuiltIndex(TokenTable table, PostTokens[] byNumber, UInt128[] keys, int[]?[] listed, byte[]?[] shards)
    {
        Table = table;
        _byNumber = byNumber;
        Keys = keys;
        _listed = listed;
        Shards = shards;
        _byKey = new(() =>
        {
            var byKey = new Dictionary<UInt128, PostTokens>(keys.Length);
            for (var number = 0; number < keys.Length; number++)
            {
                byKey.TryAdd(keys[number], byNumber[number]);
            }
            return byKey;
        });
    }

    /// <summary>The texts of the numbers every post's tokens are; the session's, shared with the indexes before and after this one.</summary>
    public TokenTable Table { get; }

    /// <summary>Each shard's JSON, by shard number; null for a shard no post lists (not written).</summary>
    public byte[]?[] Shards { get; }

    /// <summary>Each post's tokens, by number.</summary>
    public IReadOnlyList<PostTokens> ByNumber => _byNumber;

    /// <summary>What each post's tokens were made from (see <see cref="SearchIndex"/>), by number.</summary>
    public IReadOnlyList<UInt128> Keys { get; }

    /// <summary>
    /// The tokens this index holds for a post made from <paramref name="key"/>: the same object, so that
    /// <see cref="After"/> sees the post as unchanged. Null when no post of this index was made from it.
    /// </summary>
    public PostTokens? Known(UInt128 key) => _byKey.Value.GetValueOrDefault(key);

    /// <summary>Every shard made afresh.</summary>
    public static BuiltIndex Of(TokenTable table, PostTokens[] byNumber, UInt128[] keys, int shardCount) =>
        Build(table, byNumber, keys, Listed(byNumber, shardCount), Dirty(shardCount), new byte[]?[shardCount]);

    /// <summary>An index as a build made it, from what the build cache kept of it: shards whose bytes it kept are not made again.</summary>
    public static BuiltIndex Restored(TokenTable table, PostTokens[] byNumber, UInt128[] keys, byte[]?[] shards) =>
        new(table, byNumber, keys, Listed(byNumber, shards.Length), shards);

    private static int[]?[] Listed(PostTokens[] byNumber, int shardCount)
    {
        // Counted first, then filled: each list is made once at its length, not grown and copied again.
        var counts = new int[shardCount];
        foreach (var post in byNumber)
        {
            foreach (var shard in post.Shards)
            {
                counts[shard]++;
            }
        }
        var listed = counts.Select(count => count == 0 ? null : new int[count]).ToArray();
        Array.Clear(counts);
        for (var number = 0; number < byNumber.Length; number++)
        {
            foreach (var shard in byNumber[number].Shards)
            {
                listed[shard]![counts[shard]++] = number;
            }
        }
        return listed;
    }

    private static bool[] Dirty(int shardCount)
    {
        var dirty = new bool[shardCount];
        Array.Fill(dirty, true);
        return dirty;
    }

    /// <summary>
    /// The index for <paramref name="byNumber"/>, keeping the bytes of every shard in which no post's tokens changed. A
    /// post keeps its token object while it is unchanged, so comparing objects finds the posts to look into; when most
    /// posts moved (an old post added or removed renumbers all after it), making every shard afresh is as cheap.
    /// </summary>
    public BuiltIndex After(PostTokens[] byNumber, UInt128[] keys)
    {
        var highest = Math.Max(byNumber.Length, _byNumber.Length);
        var changed = Enumerable.Range(0, highest)
            .Where(n => n >= byNumber.Length || n >= _byNumber.Length || !ReferenceEquals(byNumber[n], _byNumber[n]))
            .ToList();
        if (changed.Count == 0)
        {
            return this;
        }
        if (changed.Count > highest / 4)
        {
            return Of(Table, byNumber, keys, Shards.Length);
        }

        var listed = (int[]?[])_listed.Clone();
        var dirty = new bool[Shards.Length];
        foreach (var number in changed)
        {
            var before = number < _byNumber.Length ? _byNumber[number] : null;
            var now = number < byNumber.Length ? byNumber[number] : null;
            foreach (var shard in (before?.Shards ?? []).Union(now?.Shards ?? []))
            {
                if (before is not null && now is not null && before.SameIn(shard, now))
                {
                    continue;
                }
                dirty[shard] = true;
                listed[shard] = Relisted(listed[shard], number, now is not null && now.Lists(shard));
            }
        }
        return Build(Table, byNumber, keys, listed, dirty, Shards);
    }

    private static BuiltIndex Build(TokenTable table, PostTokens[] byNumber, UInt128[] keys, int[]?[] listed, bool[] dirty, byte[]?[] lastShards)
    {
        var shards = new byte[]?[listed.Length];
        Parallel.For(0, shards.Length, shard =>
        {
            shards[shard] = !dirty[shard] ? lastShards[shard]
                : listed[shard] is { } numbers ? SearchIndexJson.Shard(shard, numbers, [.. numbers.Select(n => byNumber[n])], table)
                : null;
        });
        return new BuiltIndex(table, byNumber, keys, listed, shards);
    }

    /// <summary>A shard's list of post numbers with <paramref name="number"/> in it or not, still ascending; a new array.</summary>
    private static int[]? Relisted(int[]? numbers, int number, bool listsIt)
    {
        var list = new List<int>(numbers ?? []);
        var at = list.BinarySearch(number);
        if (listsIt && at < 0)
        {
            list.Insert(~at, number);
        }
        else if (!listsIt && at >= 0)
        {
            list.RemoveAt(at);
        }
        return list.Count == 0 ? null : [.. list];
    }
}
