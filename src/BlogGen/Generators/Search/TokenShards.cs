namespace BlogGen.Generators.Search;

/// <summary>
/// The shard of each number of a session's <see cref="TokenTable"/> in an index of <see cref="Count"/> shards. A post's
/// tokens are ordered by it; looked up from the table's key hashes rather than kept per token, which at 10,000 posts
/// was an array of 64 MB beside the tokens themselves.
/// </summary>
internal sealed class TokenShards(TokenTable table, int count)
{
    public int Count => count;

    public int Of(int number) => SearchShards.Of(table.KeyHashOf(number), count);
}
