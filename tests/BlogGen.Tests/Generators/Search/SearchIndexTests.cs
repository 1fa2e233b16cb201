using BlogGen.Generators;
using BlogGen.Generators.Search;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators.Search;

/// <summary>
/// The split index made from a site model alone: which posts each token lists with the fields it is in, the files'
/// names and bytes from build to build.
/// </summary>
public sealed class SearchIndexTests
{
    private const string Tomatoes = "Tomatoes want warm soil and a sunny wall.";

    /// <summary>Three posts, numbered oldest first: 0 and 1 in English, 2 in Chinese.</summary>
    private static SiteModelBuilder Site(string gardeningBody = Tomatoes) => new SiteModelBuilder()
        .File("_posts/2025-01-04-tomatoes.md", "title: Why tomatoes split", "Too much water after a dry week.")
        .File("_posts/2025-01-05-gardening.md", "title: Spring gardening notes\ntags: [garden, 日本]", gardeningBody)
        .File("_posts/2025-02-13-news.md", "title: 特朗普与普京达成协议\ntags: [新闻]",
            "美国总统特朗普表示，已与俄罗斯总统普京通电话。ＮＡＴＯ秘书长表示欢迎。");

    private static SearchIndexFiles Generate(SiteModelBuilder site) => new(new SearchGenerator().Generate(site.Build()));

    [Theory]
    // token, the posts that list it as "number:fields" (4 title, 2 tags, 1 text, added up)
    [InlineData("tomatoes", "0:4 1:1")]
    [InlineData("spring", "1:4")]
    [InlineData("garden", "1:2")]
    [InlineData("gardening", "1:4")]
    [InlineData("a", "0:1 1:1")]
    [InlineData("日本", "1:2")]
    [InlineData("新闻", "2:2")]
    [InlineData("特朗", "2:5")]
    [InlineData("普京", "2:5")]
    [InlineData("普", "2:5")]
    [InlineData("通电", "2:1")]
    [InlineData("秘书", "2:1")]
    [InlineData("nato", "2:1")]
    [InlineData("京通", "2:1")]
    [InlineData("普通", "")]
    [InlineData("tomato", "")]
    [InlineData("Tomatoes", "")]
    public void EachTokenListsThePostsHoldingItWithTheFieldsItIsIn(string token, string postings)
    {
        Assert.Equal(postings, Generate(Site()).Postings(token));
    }

    [Fact]
    public void EveryTokenIsInTheShardItsKeyNamesAndTheManifestListsExactlyTheShardsWritten()
    {
        var files = Generate(Site());

        Assert.All(files.Tokens(), found => Assert.Equal(files.ShardPathOf(found.Token), found.Path));
        var manifest = files.Manifest();
        Assert.Equal(SearchShards.CountFor(3), manifest.GetProperty("shards").GetInt32());
        Assert.Equal(SearchTerms.PrefixLength, manifest.GetProperty("prefix").GetInt32());
        var present = manifest.GetProperty("present").GetString()!;
        var listed = Enumerable.Range(0, files.ShardCount)
            .Where(shard => (Convert.ToInt32(present[shard / 4].ToString(), 16) >> (shard % 4) & 1) == 1)
            .Select(shard => SearchShards.PathOf(shard, files.ShardCount));
        Assert.Equal(files.ShardPaths, listed);
    }

    [Theory]
    // post number, its entry as "title|url|date|tags|text"
    [InlineData(0, "Why tomatoes split|/2025/01/04/tomatoes.html|2025-01-04T00:00:00+00:00||Too much water after a dry week.")]
    [InlineData(1, "Spring gardening notes|/2025/01/05/gardening.html|2025-01-05T00:00:00+00:00|garden,日本|" + Tomatoes)]
    [InlineData(2, "特朗普与普京达成协议|/2025/02/13/news.html|2025-02-13T00:00:00+00:00|新闻|美国总统特朗普表示，已与俄罗斯总统普京通电话。ＮＡＴＯ秘书长表示欢迎。")]
    public void EachPostHasAFileWithWhatAResultShows(int number, string entry)
    {
        var post = Generate(Site()).Post(number);

        var tags = string.Join(',', post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(entry, string.Join('|', Text(post, "title"), Text(post, "url"), Text(post, "date"), tags, Text(post, "text")));
    }

    [Theory]
    [InlineData(4999, 4999)]
    [InlineData(5000, 5000)]
    [InlineData(5001, 5000)]
    [InlineData(12000, 5000)]
    public void TextIsCutAtTheLimit(int bodyLength, int textLength)
    {
        var files = Generate(new SiteModelBuilder().Post("post", "2025-01-01", body: new string('x', bodyLength)));

        Assert.Equal(textLength, Text(files.Post(0), "text").Length);
    }

    [Theory]
    [InlineData(4990, "0:1")]
    [InlineData(5000, "")]
    public void OnlyTheTextUpToTheLimitIsIndexed(int before, string postings)
    {
        var files = Generate(new SiteModelBuilder().Post("post", "2025-01-01", body: new string('x', before) + " last"));

        Assert.Equal(postings, files.Postings("last"));
    }

    [Fact]
    public void TheSameSiteGivesTheSameFilesByteForByte()
    {
        var first = Generate(Site());
        var second = Generate(Site());

        Assert.Empty(second.ChangedFrom(first));
    }

    [Fact]
    public void AnEditedPostChangesItsOwnFileAndTheShardsOfTheWordsItGainedOrLost()
    {
        var before = Generate(Site());
        var after = Generate(Site(Tomatoes.Replace("wall", "fence", StringComparison.Ordinal)));

        string[] expected = [SearchIndex.PostPath(1), after.ShardPathOf("wall"), after.ShardPathOf("fence")];
        var manifestChanged = !before.ShardPaths.SequenceEqual(after.ShardPaths);
        Assert.Equal(expected.Concat(manifestChanged ? [SearchIndex.ManifestPath] : []).Distinct().Order(StringComparer.Ordinal), after.ChangedFrom(before));
        Assert.Equal("1:1", after.Postings("fence"));
        Assert.Equal("", after.Postings("wall"));
    }

    [Fact]
    public void ANewPostTakesTheNextNumberAndLeavesTheOtherPostsFilesAlone()
    {
        var before = Generate(WithFillerPosts(Site()));
        var after = Generate(WithFillerPosts(Site()).File("_posts/2025-03-01-winter.md", "title: Winter notes", "Cold frames."));

        var touched = new[] { "winter", "notes", "cold", "frames" }.Select(after.ShardPathOf);
        var manifestChanged = !before.ShardPaths.SequenceEqual(after.ShardPaths);
        Assert.Equal(touched.Append(SearchIndex.PostPath(33)).Concat(manifestChanged ? [SearchIndex.ManifestPath] : []).Distinct().Order(StringComparer.Ordinal),
            after.ChangedFrom(before));
        Assert.Equal(16, after.ShardCount);
        Assert.Equal("31:4 33:4", after.Postings("notes"));
    }

    [Fact]
    public void ARebuildKeepsTheBytesOfEveryShardWhereThePostThatChangedHasTheSameTokens()
    {
        var generator = new SearchGenerator();
        var site = WithFillerPosts(Site()).Build();
        var before = new SearchIndexFiles(generator.Generate(site));

        var gardening = site.Posts[1];
        var edited = site with { Posts = [site.Posts[0], gardening with { Text = gardening.Text.Replace("wall", "fence", StringComparison.Ordinal) }, .. site.Posts.Skip(2)] };
        var after = new SearchIndexFiles(generator.Generate(edited));

        string[] remade = [after.ShardPathOf("wall"), after.ShardPathOf("fence")];
        Assert.All(after.ShardPaths, path =>
            Assert.Equal(!remade.Contains(path), before.Files.TryGetValue(path, out var bytes) && ReferenceEquals(bytes, after.Files[path])));
        Assert.Equal(16, after.ShardCount);
        Assert.Equal(Generate(WithFillerPosts(Site(Tomatoes.Replace("wall", "fence", StringComparison.Ordinal)))).Files, after.Files, new BytesEqual());
        // The gardening post is number 31, after the thirty older posts and the tomatoes.
        Assert.Same(before.Files[SearchIndex.PostPath(30)], after.Files[SearchIndex.PostPath(30)]);
        Assert.NotSame(before.Files[SearchIndex.PostPath(31)], after.Files[SearchIndex.PostPath(31)]);
    }

    /// <summary>Thirty older posts of other words, so that the index has sixteen shards and an edit leaves most alone.</summary>
    private static SiteModelBuilder WithFillerPosts(SiteModelBuilder site)
    {
        for (var i = 0; i < 30; i++)
        {
            site.Post($"filler-{i}", $"2024-01-{i + 1:00}", body: $"Filler {i} about apples, pears, quinces and plums number{i}.");
        }
        return site;
    }

    private static string Text(System.Text.Json.JsonElement entry, string name) => entry.GetProperty(name).GetString()!;

    private sealed class BytesEqual : IEqualityComparer<KeyValuePair<string, byte[]>>
    {
        public bool Equals(KeyValuePair<string, byte[]> x, KeyValuePair<string, byte[]> y) => x.Key == y.Key && x.Value.AsSpan().SequenceEqual(y.Value);

        public int GetHashCode(KeyValuePair<string, byte[]> obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
