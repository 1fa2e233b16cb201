using BlogGen.Generators.Search;

namespace BlogGen.Tests.Generators.Search;

/// <summary>A post's tokens as one shard lists them, and the shards that list the post, each once.</summary>
public sealed class PostTokensTests
{
    private static readonly PostTokens Post = new(
        ["a", "b", "c", "d", "e", "f"],
        [SearchFields.Text, SearchFields.Title, SearchFields.Text, SearchFields.Tags, SearchFields.Text, SearchFields.Text],
        [1, 1, 3, 3, 3, 7]);

    [Fact]
    public void Lists_each_shard_once_in_order() => Assert.Equal([1, 3, 7], Post.Shards);

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "a b")]
    [InlineData(3, "c d e")]
    [InlineData(7, "f")]
    public void Gives_the_tokens_of_one_shard(int shard, string tokens)
    {
        var (start, length) = Post.RunOf(shard).GetOffsetAndLength(Post.Tokens.Count);
        Assert.Equal(tokens, string.Join(' ', Post.Tokens.Skip(start).Take(length)));
        Assert.Equal(length > 0, Post.Lists(shard));
    }
}
