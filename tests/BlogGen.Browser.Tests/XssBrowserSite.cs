using BlogGen.Building;
using BlogGen.Configuration;
using BlogGen.Tests.Sanitizing;

using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

/// <summary>The XSS fixture site (every vector of tests/fixtures/xss/vectors.txt in posts) built, served under its base URL, and a browser.</summary>
public sealed class XssBrowserSite : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "bloggen-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;
    private StaticSiteServer? server;

    public IReadOnlyList<XssPost> Posts { get; } = XssSite.Plan(XssCorpus.Vectors);

    public IBrowser Browser { get; private set; } = null!;

    public string Origin => server!.Origin;

    /// <summary>Every built HTML page, as output paths relative to the site folder, in ordinal order.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        XssSite.Write(root, Posts);
        var result = SiteBuilder.Build(new BuildOptions(root, null, new ConfigOverrides
        {
            BuildTime = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero),
        }));
        Assert.Equal(0, result.ExitCode);
        var output = Path.Combine(root, "_site");
        Pages = [.. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(output, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

        server = await StaticSiteServer.StartAsync(output, XssSite.BaseUrl);
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>The address of a built page.</summary>
    public string UrlOf(string outputPath) =>
        $"{Origin}{XssSite.BaseUrl}/{string.Join('/', outputPath.Split('/').Select(Uri.EscapeDataString))}";

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        Directory.Delete(root, recursive: true);
    }
}
