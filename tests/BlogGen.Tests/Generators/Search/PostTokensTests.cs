using BlogGen.Generators.Search;

namespace BlogGen.Tests.Generators.Search;

/// <summary>A post's tokens as one shard lists them, and the shards that list the post, each once.</summary>
public sealed class PostTokensTests
{
    // Numbers 0 to 5 fall in shards 1, 1, 3, 3, 3 and 7 of eight, by their texts (SearchShards.Of).
    private static readonly TokenShards Shards = new(new TokenTable(["carrot", "cherry", "bean", "celery", "onion", "beet"]), 8);

    private static readonly PostTokens Post = new(
        [
            PostTokens.Pack(0, SearchFields.Text), PostTokens.Pack(1, SearchFields.Title), PostTokens.Pack(2, SearchFields.Text),
            PostTokens.Pack(3, SearchFields.Tags), PostTokens.Pack(4, SearchFields.Text), PostTokens.Pack(5, SearchFields.Text | SearchFields.Title),
        ],
        Shards);

    [Fact]
    public void The_texts_fall_in_the_shards_the_tests_expect() =>
        Assert.Equal([1, 1, 3, 3, 3, 7], Enumerable.Range(0, 6).Select(Shards.Of));

    [Fact]
    public void Lists_each_shard_once_in_order() => Assert.Equal([1, 3, 7], Post.Shards);

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "0:Text 1:Title")]
    [InlineData(3, "2:Text 3:Tags 4:Text")]
    [InlineData(7, "5:Text, Title")]
    public void Gives_the_tokens_of_one_shard(int shard, string tokens)
    {
        var (start, length) = Post.RunOf(shard).GetOffsetAndLength(Post.Count);
        Assert.Equal(tokens, string.Join(' ', Enumerable.Range(start, length).Select(i => $"{Post.NumberAt(i)}:{Post.FieldsAt(i)}")));
        Assert.Equal(length > 0, Post.Lists(shard));
    }

    [Fact]
    public void Compares_one_shard_of_two_posts_by_number_and_fields()
    {
        var other = new PostTokens([PostTokens.Pack(0, SearchFields.Text), PostTokens.Pack(1, SearchFields.Title), PostTokens.Pack(2, SearchFields.Title)], Shards);

        Assert.True(Post.SameIn(1, other));
        Assert.False(Post.SameIn(3, other));
        Assert.False(Post.SameIn(7, other));
        Assert.True(Post.SameIn(5, other));
    }
}
