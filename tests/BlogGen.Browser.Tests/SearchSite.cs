using BlogGen.Building;
using BlogGen.Configuration;

using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

/// <summary>A small blog with English and Chinese posts, built with baseurl /blog, served, and a browser to look at it.</summary>
public sealed class SearchSite : IAsyncLifetime
{
    public const string BaseUrl = "/blog";

    private readonly string root = Path.Combine(Path.GetTempPath(), "bloggen-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;
    private StaticSiteServer? server;

    public IBrowser Browser { get; private set; } = null!;

    public string Origin => server!.Origin;

    public async Task InitializeAsync()
    {
        Write("_config.yml", $"title: Search test\nbaseurl: {BaseUrl}\ntimezone: Asia/Shanghai\npermalink: pretty\n");
        Write("_posts/2025-01-05-gardening.md",
            "---\ntitle: Spring gardening notes\ntags: [garden]\n---\nTomatoes want warm soil and a sunny wall.\n");
        Write("_posts/2025-01-04-tomatoes.md",
            "---\ntitle: Why tomatoes split\n---\nToo much water after a dry week.\n");
        Write("_posts/2025-01-07-escaping.md",
            "---\ntitle: Escaping notes\n---\nA search snippet shows `<img src=x onerror=alert(1)>` as text.\n");
        Write("_posts/2025-02-13-news.md",
            "---\ntitle: 特朗普与普京达成协议\ntags: [新闻]\n---\n" +
            "美国总统特朗普2月12日表示，已与俄罗斯总统普京通电话，双方同意立即开始终止乌克兰战争的谈判。ＮＡＴＯ秘书长表示欢迎。\n");
        var result = SiteBuilder.Build(new BuildOptions(root, null, new ConfigOverrides
        {
            BuildTime = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero),
        }));
        Assert.Equal(0, result.ExitCode);

        server = await StaticSiteServer.StartAsync(Path.Combine(root, "_site"), BaseUrl);
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

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

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
