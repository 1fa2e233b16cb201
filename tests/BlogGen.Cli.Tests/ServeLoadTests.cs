using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using Xunit.Abstractions;

namespace BlogGen.Cli.Tests;

/// <summary>
/// 200 clients fetch pages from <c>bloggen serve</c> for ten seconds while every post is rewritten again and again:
/// every answer is a 200 with a page that is whole, from one version before or after a rebuild.
/// </summary>
public sealed partial class ServeLoadTests(ITestOutputHelper output)
{
    private const int Posts = 40;
    private const int Clients = 200;
    private const int MinimumRebuilds = 3;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    // On a busy machine a rebuild under this load can take seconds: the run goes on until enough of them happened.
    private static readonly TimeSpan LongestRun = TimeSpan.FromSeconds(90);

    // No neighbours or lists on a post page: its text then depends on its own version alone.
    private const string PostLayout = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title></head>
        <body><h1>{{ page.title }}</h1>
        {{ content }}
        </body></html>

        """;

    [Fact]
    public async Task TwoHundredClientsDuringRebuildsGetOnlyWholePages()
    {
        using var site = new VersionedSite(paragraphs: 150, PostLayout);
        site.WriteVersion(0, 0, Posts);
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());
        server.WaitForLine(line => line.StartsWith("Built ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, MaxConnectionsPerServer = Clients })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var pages = Enumerable.Range(0, Posts).Select(VersionedSite.PostUrl).Append("/assets/css/style.css").Append("/").ToList();
        var firstVersion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            firstVersion[page] = WithoutLiveReload(await client.GetStringAsync(new Uri(server.Url, page)));
        }
        Assert.All(pages.Where(p => p.EndsWith(".html", StringComparison.Ordinal)), p => Assert.Contains(VersionedSite.Marker(0), firstVersion[p], StringComparison.Ordinal));

        var rebuildsBefore = RebuildLines(server);
        using var stop = new CancellationTokenSource(LongestRun);
        var latest = 0;
        var rewriter = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                site.WriteVersion(latest + 1, 0, Posts);
                Interlocked.Increment(ref latest);
                await Task.Delay(300, CancellationToken.None);
            }
        });
        var failures = new ConcurrentQueue<string>();
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && (clock.Elapsed < Duration || RebuildLines(server) - rebuildsBefore < MinimumRebuilds))
            {
                await Task.Delay(100, CancellationToken.None);
            }
            await stop.CancelAsync();
        });
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (var i = c; !stop.IsCancellationRequested; i++)
            {
                var page = pages[i % pages.Count];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(server.Url, page), CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Enqueue($"{page}: {(int)response.StatusCode}");
                    }
                    else if (Torn(firstVersion[page], WithoutLiveReload(body), page == "/") is { } problem)
                    {
                        failures.Enqueue($"{page}: {problem}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    failures.Enqueue($"{page}: {e.GetType().Name}: {e.Message}");
                }
            }
        })));
        var elapsed = clock.Elapsed;
        await rewriter;
        await watcher;
        var rebuilds = RebuildLines(server) - rebuildsBefore;

        // Once the writes stop, the last version is served everywhere: the rebuilds really happened.
        var last = VersionedSite.Marker(latest);
        await WaitUntil(async () => (await client.GetStringAsync(new Uri(server.Url, VersionedSite.PostUrl(Posts - 1)))).Contains(last, StringComparison.Ordinal));
        var sorted = latencies.Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Count} requests from {Clients} clients in {elapsed.TotalSeconds:0.0} s ({sorted.Count / elapsed.TotalSeconds:0} per second), " +
            $"{latest} rewrites of all {Posts} posts, {rebuilds} rebuilds, {failures.Count} failures; " +
            $"latency p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms"));
        Assert.True(failures.IsEmpty, $"{failures.Count} failed requests, e.g.\n{string.Join('\n', failures.Take(10))}");
        Assert.True(rebuilds >= MinimumRebuilds, $"only {rebuilds} rebuilds ran during the load:\n{server.Stdout}\n{server.Stderr}");
        Assert.DoesNotContain("Rebuild failed", server.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Null when <paramref name="body"/> is a whole page: a post is its first version with one other marker
    /// throughout; the home page lists posts of several versions while writes land, but must be complete.</summary>
    private static string? Torn(string first, string body, bool isHome)
    {
        if (isHome)
        {
            return body.StartsWith("<!DOCTYPE html>", StringComparison.OrdinalIgnoreCase) && body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal)
                ? null
                : $"not a whole page ({body.Length} characters)";
        }
        // Upper case in the text, lower case in the heading's id.
        var markers = MarkerPattern().Matches(body).Select(m => m.Value.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (markers.Count > 1)
        {
            return $"versions {string.Join(", ", markers)} in one page";
        }
        var expected = markers.Count == 0 ? first : first
            .Replace(VersionedSite.Marker(0), markers[0], StringComparison.Ordinal)
            .Replace(VersionedSite.Marker(0).ToLowerInvariant(), markers[0].ToLowerInvariant(), StringComparison.Ordinal);
        return body == expected ? null : $"{body.Length} characters, not the whole page of {markers.FirstOrDefault() ?? "its version"} ({expected.Length})";
    }

    private static string WithoutLiveReload(string html) => LiveReloadTag().Replace(html, "");

    private static int RebuildLines(ServeProcess server) =>
        server.Stdout.Split('\n').Count(line => line.StartsWith("Rebuilt ", StringComparison.Ordinal));

    private static double Percentile(List<double> sorted, double share) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(share * sorted.Count))];

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the last version was not served within a minute");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"\b[Vv]\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex("<script src=\"/__bloggen/livereload\\.js\" data-build=\"[^\"]*\"></script>", RegexOptions.CultureInvariant)]
    private static partial Regex LiveReloadTag();
}
