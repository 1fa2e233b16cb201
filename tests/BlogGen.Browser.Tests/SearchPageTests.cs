using BlogGen.Generators.Search;

using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

public sealed class SearchPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private const string Index = SearchSite.BaseUrl + "/search/";

    private async Task<IPage> OpenSearchAsync(string query, List<string>? requested = null)
    {
        var page = await site.Browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => requested?.Add(new Uri(request.Url).AbsolutePath);
        await page.GotoAsync($"{site.Origin}{Index}?q={Uri.EscapeDataString(query)}");
        await WaitForResultsAsync(page);
        Assert.Empty(errors);
        return page;
    }

    private static Task WaitForResultsAsync(IPage page) => page.WaitForFunctionAsync(
        "() => { const s = document.querySelector('.search-status'); return s && s.textContent !== '' && !s.textContent.startsWith('Searching'); }",
        null, new PageWaitForFunctionOptions { Timeout = 10_000 });

    /// <summary>The index files a request list holds, below the search page's folder: "index.json", "shards/…", "posts/…".</summary>
    private static List<string> IndexFiles(List<string> requested) =>
        [.. requested.Where(path => path.StartsWith(Index, StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal))
            .Select(path => path[Index.Length..])];

    /// <summary>The shards the build's rule (SearchTerms, SearchShards) says a query needs, among those written.</summary>
    private List<string> ShardsFor(string query)
    {
        var count = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, SearchIndex.ManifestPath)))
            .RootElement.GetProperty("shards").GetInt32();
        return [.. query.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(SearchTerms.Parts)
            .Select(part => SearchShards.PathOf(SearchShards.Of(part.Text, count), count)).Distinct()
            .Where(path => File.Exists(Path.Combine(site.Output, path)))
            .Select(path => path["search/".Length..]).Order(StringComparer.Ordinal)];
    }

    private static Task<IReadOnlyList<string>> TitlesAsync(IPage page) =>
        page.Locator(".search-result-title a").AllTextContentsAsync();

    [Fact]
    public async Task AnEnglishWordFindsThePostsWithTitleHitsFirst()
    {
        // "Why tomatoes split" is the older post: newest-first alone would list it second.
        var page = await OpenSearchAsync("Tomatoes");

        Assert.Equal(["Why tomatoes split", "Spring gardening notes"], await TitlesAsync(page));
        Assert.Equal("2 posts match “Tomatoes”.", await page.Locator(".search-status").TextContentAsync());
        Assert.Equal("tomatoes", await page.Locator(".search-result-title mark").First.TextContentAsync());
        Assert.Equal("Tomatoes", await page.Locator(".search-result").Nth(1).Locator(".search-snippet mark").First.TextContentAsync());
        Assert.Equal("Tomatoes", await page.InputValueAsync("input[name=q]"));
    }

    [Fact]
    public async Task AChineseWordInsideASentenceIsFound()
    {
        var page = await OpenSearchAsync("普京通电话");

        Assert.Equal(["特朗普与普京达成协议"], await TitlesAsync(page));
        Assert.Equal("普京通电话", await page.Locator(".search-snippet mark").TextContentAsync());
        Assert.Equal($"{SearchSite.BaseUrl}/2025/02/13/news/",
            await page.Locator(".search-result-title a").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task FullWidthAndUpperCaseQueriesMatchToo()
    {
        var page = await OpenSearchAsync("ＷＡＲＭ SOIL");

        Assert.Equal(["Spring gardening notes"], await TitlesAsync(page));
    }

    [Fact]
    public async Task FullWidthTextInAPostIsFoundAndMarkedAsWritten()
    {
        var page = await OpenSearchAsync("nato");

        Assert.Equal(["特朗普与普京达成协议"], await TitlesAsync(page));
        Assert.Equal("ＮＡＴＯ", await page.Locator(".search-snippet mark").TextContentAsync());
    }

    [Fact]
    public async Task AQueryWithoutMatchesSaysSo()
    {
        var page = await OpenSearchAsync("zeppelin");

        Assert.Equal("No posts match “zeppelin”.", await page.Locator(".search-status").TextContentAsync());
        Assert.Equal(0, await page.Locator(".search-result").CountAsync());
    }

    [Fact]
    public async Task TypingAQuerySearchesAndPutsItInTheAddress()
    {
        var page = await OpenSearchAsync("zeppelin");

        await page.FillAsync("input[name=q]", "乌克兰");
        await page.PressAsync("input[name=q]", "Enter");
        await page.Locator(".search-result").First.WaitForAsync();

        Assert.Equal(["特朗普与普京达成协议"], await TitlesAsync(page));
        Assert.EndsWith("?q=" + Uri.EscapeDataString("乌克兰"), page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInTheIndexIsShownAsTextNeverParsed()
    {
        var page = await OpenSearchAsync("onerror");

        Assert.Equal(0, await page.Locator(".search-results img").CountAsync());
        Assert.Contains("<img src=x onerror=alert(1)>", await page.Locator(".search-snippet").TextContentAsync(), StringComparison.Ordinal);
    }

    [Theory]
    // query, the titles found in order: scores first (title 4, tags 2, text 1 a term), newest first among equals
    [InlineData("roses frost", new[] { "Pruning roses", "Hardy plants" })]
    [InlineData("frost", new[] { "Hardy plants", "Pruning roses" })]
    [InlineData("prun", new[] { "Pruning roses", "Hardy plants" })]
    [InlineData("roses spring", new[] { "Hardy plants" })]
    [InlineData("tomatoes water", new[] { "Why tomatoes split" })]
    [InlineData("普京 乌克兰", new[] { "特朗普与普京达成协议" })]
    [InlineData("普京 tomatoes", new string[0])]
    [InlineData("特朗普 ＮＡＴＯ", new[] { "特朗普与普京达成协议" })]
    [InlineData("rose", new[] { "Pruning roses", "Hardy plants" })]
    [InlineData("ro", new string[0])]
    public async Task EveryTermMustMatchAndResultsComeInRankOrder(string query, string[] titles)
    {
        var page = await OpenSearchAsync(query);

        Assert.Equal(titles, await TitlesAsync(page));
    }

    [Fact]
    public async Task EveryTermIsMarkedInTheSnippet()
    {
        var page = await OpenSearchAsync("roses frost");

        var hardy = page.Locator(".search-result").Nth(1);
        Assert.Equal(["Roses", "frost"], await hardy.Locator(".search-snippet mark").AllTextContentsAsync());
        Assert.Equal(["roses"], await page.Locator(".search-result").First.Locator(".search-result-title mark").AllTextContentsAsync());
    }

    [Theory]
    [InlineData("roses frost", 2)]
    [InlineData("普京通电话", 1)]
    [InlineData("Tomatoes", 2)]
    [InlineData("zeppelin", 0)]
    public async Task AQueryFetchesTheManifestItsShardsAndThePostsItShowsAndNothingElse(string query, int shown)
    {
        var requested = new List<string>();

        var page = await OpenSearchAsync(query, requested);

        var files = IndexFiles(requested);
        Assert.Equal(shown, await page.Locator(".search-result").CountAsync());
        Assert.Equal(["index.json"], files.Where(file => !file.Contains('/', StringComparison.Ordinal)));
        Assert.Equal(ShardsFor(query), files.Where(file => file.StartsWith("shards/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(shown, files.Count(file => file.StartsWith("posts/", StringComparison.Ordinal)));
        Assert.Equal(files.Count, files.Distinct().Count());
        Assert.DoesNotContain(requested, path => path.EndsWith("/search.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TenResultsAreFetchedAndShownFirstAndTheRestOnAsking()
    {
        var requested = new List<string>();
        var page = await OpenSearchAsync("compost", requested);

        Assert.Equal($"{SearchSite.CompostPosts} posts match “compost”.", await page.Locator(".search-status").TextContentAsync());
        Assert.Equal(10, await page.Locator(".search-result").CountAsync());
        Assert.Equal(10, IndexFiles(requested).Count(file => file.StartsWith("posts/", StringComparison.Ordinal)));
        Assert.Equal("Compost log 12", (await TitlesAsync(page))[0]);

        await page.Locator(".search-more").ClickAsync();
        await Assertions.Expect(page.Locator(".search-result")).ToHaveCountAsync(SearchSite.CompostPosts);

        Assert.Equal(SearchSite.CompostPosts, IndexFiles(requested).Count(file => file.StartsWith("posts/", StringComparison.Ordinal)));
        Assert.Equal("Compost log 1", (await TitlesAsync(page))[^1]);
        await Assertions.Expect(page.Locator(".search-more")).ToBeHiddenAsync();
    }
}
