using BlogGen.Building;
using BlogGen.Configuration;

using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

/// <summary>
/// A site folder in the temp directory, built at a fixed time, served under its base URL, and a Chromium to look at it.
/// Disposing stops the browser and the server and deletes the folder.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly StaticSiteServer server;

    private ServedSite(string root, IPlaywright playwright, StaticSiteServer server, IBrowser browser)
    {
        Root = root;
        this.playwright = playwright;
        this.server = server;
        Browser = browser;
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public IBrowser Browser { get; }

    public string Origin => server.Origin;

    /// <summary>A new, empty site folder for <paramref name="write"/> to fill before it is built.</summary>
    public static async Task<ServedSite> BuildAsync(string baseUrl, Action<string> write)
    {
        var root = Path.Combine(Path.GetTempPath(), "bloggen-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        write(root);
        var result = SiteBuilder.Build(new BuildOptions(root, null, new ConfigOverrides
        {
            BuildTime = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero),
        }));
        Assert.Equal(0, result.ExitCode);
        var server = await StaticSiteServer.StartAsync(Path.Combine(root, "_site"), baseUrl);
        var playwright = await Playwright.CreateAsync();
        return new ServedSite(root, playwright, server, await Chromium.LaunchAsync(playwright));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
        await server.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
