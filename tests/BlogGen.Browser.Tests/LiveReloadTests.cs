using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

public sealed class LiveReloadTests : IAsyncLifetime
{
    private const string Overlay = "#bloggen-error-overlay";
    private readonly PreviewSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private ILocator Body => site.Page.Locator("[itemprop=articleBody]");

    [Fact]
    public async Task AnEditedPostShowsItsNewTextWithoutReloadingByHand()
    {
        await Assertions.Expect(Body).ToContainTextAsync("The first version of the text.");

        site.Write(PreviewSite.PostFile, PreviewSite.Post("The second version of the text."));

        await Assertions.Expect(Body).ToContainTextAsync("The second version of the text.", new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task BrokenFrontMatterShowsAnOverlayNamingTheFileThatGoesOnceFixed()
    {
        await Assertions.Expect(Body).ToContainTextAsync("The first version of the text.");

        site.Write(PreviewSite.PostFile, "---\ntitle: Hello\nThe front matter is never closed.\n");

        var overlay = site.Page.Locator(Overlay);
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(overlay.Locator(".bloggen-error-location")).ToContainTextAsync("_posts/2025-01-01-hello.md(");
        await Assertions.Expect(overlay.Locator(".bloggen-error-location")).ToContainTextAsync("error BG1001");
        await Assertions.Expect(overlay.Locator(".bloggen-error-message")).Not.ToBeEmptyAsync();

        site.Write(PreviewSite.PostFile, PreviewSite.Post("Fixed again."));

        await Assertions.Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Assertions.Expect(Body).ToContainTextAsync("Fixed again.");
    }

    [Fact]
    public async Task AStylesheetChangeIsSwappedInWithoutReloadingThePage()
    {
        await site.Page.EvaluateAsync("() => { window.bloggenMarker = 'still here'; }");
        await site.Page.WaitForFunctionAsync("() => getComputedStyle(document.body).color === 'rgb(0, 0, 255)'");

        site.Write("assets/css/style.css", "body { color: rgb(255, 0, 0); }\n");

        await site.Page.WaitForFunctionAsync("() => getComputedStyle(document.body).color === 'rgb(255, 0, 0)'",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.Equal("still here", await site.Page.EvaluateAsync<string>("() => window.bloggenMarker"));
    }
}
