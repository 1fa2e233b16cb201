using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

/// <summary>
/// A site whose <c>baseurl</c> is <c>/blog</c>, previewed as it will be published: under <c>/blog/</c>, where a link
/// that forgets the base path leads to the 404 page, and live reload works as at the root.
/// </summary>
public sealed class BaseUrlPreviewTests : IAsyncLifetime
{
    private readonly PreviewSite site = new("/blog");

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private ILocator Body => site.Page.Locator("[itemprop=articleBody]");

    [Fact]
    public async Task TheRootRedirectsToTheBaseUrlWhereLiveReloadWorks()
    {
        var origin = new Uri(site.Url).GetLeftPart(UriPartial.Authority);
        Assert.Equal(origin + "/blog/", site.Url);

        await site.Page.GotoAsync(origin + "/");
        Assert.Equal(origin + "/blog/", site.Page.Url);
        await site.Page.GotoAsync(origin + "/blog" + PreviewSite.PostUrl);
        await Assertions.Expect(Body).ToContainTextAsync("The first version of the text.");

        site.Write(PreviewSite.PostFile, PreviewSite.Post("The second version of the text."));

        await Assertions.Expect(Body).ToContainTextAsync("The second version of the text.", new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task ALinkThatForgetsTheBaseUrlBreaksInThePreview()
    {
        site.Write("about.md", "---\ntitle: About me\nlayout: page\npermalink: /about/\n---\nAbout.\n");
        // Markdown links starting with '/' get the base path from BlogGen; a hand-written HTML link does not.
        site.Write(PreviewSite.PostFile, PreviewSite.Post("<a href=\"/about/\">forgotten</a> and [kept]({{ '/about/' | relative_url }})"));
        await Assertions.Expect(Body.GetByText("forgotten")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        var broken = await site.Page.RunAndWaitForResponseAsync(() => Body.GetByText("forgotten").ClickAsync(), IsAboutPage);
        Assert.Equal(404, broken.Status);
        Assert.EndsWith("/about/", broken.Url, StringComparison.Ordinal);
        await Assertions.Expect(site.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Page not found"));

        await site.Page.GoBackAsync();
        var working = await site.Page.RunAndWaitForResponseAsync(() => Body.GetByText("kept").ClickAsync(), IsAboutPage);
        Assert.Equal(200, working.Status);
        Assert.EndsWith("/blog/about/", site.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(site.Page.Locator("h1")).ToContainTextAsync("About me");
    }

    private static bool IsAboutPage(IResponse response) => response.Url.EndsWith("/about/", StringComparison.Ordinal);
}
