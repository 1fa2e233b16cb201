using System.Diagnostics;

using BlogGen.Server;

using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

/// <summary>
/// A temp blog served by <c>bloggen serve</c>'s preview server, and a browser page on one of its posts; with a
/// <paramref name="baseUrl"/> in its configuration, served under that path.
/// </summary>
public sealed class PreviewSite(string baseUrl = "") : IAsyncLifetime
{
    public const string PostFile = "_posts/2025-01-01-hello.md";
    public const string PostUrl = "/2025/01/01/hello.html";

    private readonly string root = Path.Combine(Path.GetTempPath(), "bloggen-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly CancellationTokenSource stop = new();
    private readonly SharedOutput output = new();
    private Task<int>? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public IPage Page { get; private set; } = null!;

    public string Url { get; private set; } = "";

    public static string Post(string body) => $"---\ntitle: Hello\n---\n{body}\n";

    public async Task InitializeAsync()
    {
        Write("_config.yml", $"title: Preview test\nurl: https://example.org\nbaseurl: \"{baseUrl}\"\n");
        Write(PostFile, Post("The first version of the text."));
        Write("assets/css/style.css", "body { color: rgb(0, 0, 255); }\n");
        server = Task.Run(() => PreviewServer.RunAsync(
            new ServeOptions(root, "127.0.0.1", 4000, ShowDrafts: true, ShowFuture: true, LiveReload: true, OpenBrowser: false),
            output, output, stop.Token));
        Url = await WaitForUrlAsync();
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        Page = await browser.NewPageAsync();
        Page.SetDefaultTimeout(15_000);
        await Page.GotoAsync(Url.TrimEnd('/') + PostUrl);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        await stop.CancelAsync();
        if (server is not null)
        {
            Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(10)));
        }
        stop.Dispose();
        Directory.Delete(root, recursive: true);
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private async Task<string> WaitForUrlAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var line = output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("Serving at ", StringComparison.Ordinal));
            if (line is not null)
            {
                return line["Serving at ".Length..].Trim();
            }
            if (server!.IsCompleted)
            {
                break;
            }
            await Task.Delay(20);
        }
        // A server that stopped says how: its exit code, or what it threw.
        var ended = server!.IsCompleted ? server.Exception?.ToString() ?? $"exit code {server.Result}" : "still starting after 60 s";
        throw new TimeoutException($"the preview server did not start ({ended}):\n{output}");
    }
}
