using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

public sealed class SearchPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private async Task<IPage> OpenSearchAsync(string query)
    {
        var page = await site.Browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync($"{site.Origin}{SearchSite.BaseUrl}/search/?q={Uri.EscapeDataString(query)}");
        await page.WaitForFunctionAsync(
            "() => { const s = document.querySelector('.search-status'); return s && s.textContent !== '' && !s.textContent.startsWith('Searching'); }",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        Assert.Empty(errors);
        return page;
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
}
