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

    private BuiltIndex(PostTokens[] byNumber, int[]?[] listed, byte[]?[] shards)
    {
        _byNumber = byNumber;
        _listed = listed;
        Shards = shards;
    }

    /// <summary>Each shard's JSON, by shard number; null for a shard no post lists (not written).</summary>
    public byte[]?[] Shards { get; }

    /// <summary>Every shard made afresh.</summary>
    public static BuiltIndex Of(PostTokens[] byNumber, int shardCount)
    {
        var listed = new List<int>?[shardCount];
        for (var number = 0; number < byNumber.Length; number++)
        {
            foreach (var shard in byNumber[number].Shards)
            {
                (listed[shard] ??= []).Add(number);
            }
        }
        var numbers = listed.Select(list => list?.ToArray()).ToArray();
        var dirty = new bool[shardCount];
        Array.Fill(dirty, true);
        return Build(byNumber, numbers, dirty, new byte[]?[shardCount]);
    }

    /// <summary>
    /// The index for <paramref name="byNumber"/>, keeping the bytes of every shard in which no post's tokens changed. A
    /// post keeps its token object while it is unchanged, so comparing objects finds the posts to look into; when most
    /// posts moved (an old post added or removed renumbers all after it), making every shard afresh is as cheap.
    /// </summary>
    public BuiltIndex After(PostTokens[] byNumber)
    {
        var highest = Math.Max(byNumber.Length, _byNumber.Length);
        var changed = Enumerable.Range(0, highest)
            .Where(n => n >= byNumber.Length || n >= _byNumber.Length || !ReferenceEquals(byNumber[n], _byNumber[n]))
            .ToList();
        if (changed.Count > highest / 4)
        {
            return Of(byNumber, Shards.Length);
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
        return Build(byNumber, listed, dirty, Shards);
    }

    private static BuiltIndex Build(PostTokens[] byNumber, int[]?[] listed, bool[] dirty, byte[]?[] lastShards)
    {
        var shards = new byte[]?[listed.Length];
        Parallel.For(0, shards.Length, shard =>
        {
            shards[shard] = !dirty[shard] ? lastShards[shard]
                : listed[shard] is { } numbers ? SearchIndexJson.Shard(shard, numbers, [.. numbers.Select(n => byNumber[n])])
                : null;
        });
        return new BuiltIndex(byNumber, listed, shards);
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
