using BlogGen.Building.Caching;
using BlogGen.Generators.Search;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building.Caching;

/// <summary>
/// <c>search.bin</c> gives back the index a build made: every post's tokens with the same text, shard and fields, the
/// same keys and shard bytes; and it keeps only the tokens some post still holds.
/// </summary>
public sealed class SearchIndexCacheFileTests
{
    private static SiteModelBuilder Site(string gardening) => new SiteModelBuilder()
        .File("_posts/2025-01-04-tomatoes.md", "title: Why tomatoes split\ntags: [garden]", "Too much water after a dry week.")
        .File("_posts/2025-01-05-gardening.md", "title: Spring gardening notes\ntags: [garden, 日本]", gardening)
        .File("_posts/2025-02-13-news.md", "title: 特朗普与普京达成协议\ntags: [新闻]", "美国总统特朗普表示，已与俄罗斯总统普京通电话。ＮＡＴＯ秘书长表示欢迎。");

    [Fact]
    public void Every_post_s_tokens_are_read_back_in_their_shards_with_their_fields()
    {
        using var folder = new TempSite();
        var session = new BuildSession();
        session.Generators.Search.Files(Site("Tomatoes want warm soil and a sunny wall.").Build());
        SearchIndexCacheFile.SaveIfMade(session, folder.Root);
        var ignored = new List<string>();

        var read = SearchIndexCacheFile.Reader(folder.Root, ignored)();

        var made = session.Generators.Search.Last!;
        Assert.Empty(ignored);
        Assert.NotNull(read);
        Assert.Equal(Describe(made), Describe(read));
        Assert.Contains("2:新闻:Tags", Describe(read));
        Assert.Equal(made.Keys, read.Keys);
        Assert.Equal(made.Shards, read.Shards);
    }

    /// <summary>The session's table still numbers "wall", which no post holds after the edit: the file leaves it out.</summary>
    [Fact]
    public void Keeps_only_the_tokens_some_post_holds()
    {
        using var folder = new TempSite();
        var session = new BuildSession();
        session.Generators.Search.Files(Site("Tomatoes want warm soil and a sunny wall.").Build());
        session.Generators.Search.Files(Site("Tomatoes want warm soil and a sunny fence.").Build());
        SearchIndexCacheFile.SaveIfMade(session, folder.Root);

        var read = SearchIndexCacheFile.Reader(folder.Root, [])()!;

        var made = session.Generators.Search.Last!;
        var held = made.ByNumber.SelectMany(post => Enumerable.Range(0, post.Count).Select(post.NumberAt)).Distinct().Count();
        Assert.Equal(made.Table.Count - 1, held);
        Assert.Equal(held, read.Table.Count);
        Assert.Equal(Describe(made), Describe(read));
        Assert.DoesNotContain(read.ByNumber, post => Enumerable.Range(0, post.Count).Any(i => read.Table.TextOf(post.NumberAt(i)) == "wall"));
    }

    /// <summary>
    /// A build on its own writes the file as soon as its index is made and lets the session forget the index, so its
    /// tokens are not held while pages are laid out; the file holds the index all the same.
    /// </summary>
    [Fact]
    public void Saved_and_forgotten_the_index_is_in_the_file_and_no_longer_in_the_session()
    {
        using var folder = new TempSite();
        var session = new BuildSession();
        session.Generators.Search.Files(Site("Tomatoes want warm soil and a sunny wall.").Build());
        var made = Describe(session.Generators.Search.Last!);

        SearchIndexCacheFile.SaveAndForget(session, folder.Root);

        Assert.Null(session.Generators.Search.Last);
        Assert.Equal(made, Describe(SearchIndexCacheFile.Reader(folder.Root, [])()!));
    }

    /// <summary>Each token as "post:text:fields", shard by shard as each post lists them.</summary>
    private static List<string> Describe(BuiltIndex index) =>
    [
        .. index.ByNumber.SelectMany((post, number) => post.Shards.SelectMany(shard =>
        {
            var (start, length) = post.RunOf(shard).GetOffsetAndLength(post.Count);
            return Enumerable.Range(start, length).Select(i => $"{number}:{index.Table.TextOf(post.NumberAt(i))}:{post.FieldsAt(i)}");
        })),
    ];
}
