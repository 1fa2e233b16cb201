using BlogGen.Generators.Search;

namespace BlogGen.Tests.Generators.Search;

/// <summary>One number per token text, kept for good, from any number of threads, and after a table read back.</summary>
public sealed class TokenTableTests
{
    [Fact]
    public void Gives_each_text_one_number_in_the_order_first_asked()
    {
        var table = new TokenTable();

        int[] numbers = [table.NumberOf("garden"), table.NumberOf("日本"), table.NumberOf("garden"), table.NumberOf("gardens")];

        Assert.Equal([0, 1, 0, 2], numbers);
        Assert.Equal(3, table.Count);
        Assert.Equal("日本", table.TextOf(1));
    }

    [Fact]
    public void A_table_read_back_keeps_its_numbers_and_numbers_new_texts_after_them()
    {
        var table = new TokenTable(["wall", "fence"]);

        Assert.Equal((1, 0, 2), (table.NumberOf("fence"), table.NumberOf("wall"), table.NumberOf("hedge")));
        Assert.Equal("hedge", table.TextOf(2));
    }

    [Fact]
    public void Threads_asking_at_once_get_one_number_per_text()
    {
        var table = new TokenTable();
        var texts = Enumerable.Range(0, 5000).Select(i => $"w{i % 2000}").ToArray();

        var numbers = new int[texts.Length];
        Parallel.For(0, texts.Length, i => numbers[i] = table.NumberOf(texts[i]));

        Assert.Equal(2000, table.Count);
        Assert.All(Enumerable.Range(0, texts.Length), i => Assert.Equal(texts[i], table.TextOf(numbers[i])));
    }

    [Fact]
    public void Knows_the_shard_of_every_number_read_back_or_new()
    {
        var table = new TokenTable(["wall", "日本"]);
        table.NumberOf("hedge");
        var shards = new TokenShards(table, 64);

        Assert.Equal([SearchShards.Of("wall", 64), SearchShards.Of("日本", 64), SearchShards.Of("hedge", 64)], Enumerable.Range(0, 3).Select(shards.Of));
        Assert.Equal(SearchShards.Of("hedgerow", 64), shards.Of(2)); // a word is filed by its first three characters
    }
}
