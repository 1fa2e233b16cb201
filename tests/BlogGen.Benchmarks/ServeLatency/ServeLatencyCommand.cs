using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace BlogGen.Benchmarks.ServeLatency;

/// <summary>
/// <c>serve-latency</c>: how long after a save the preview server shows the edit. Two clocks per save, both started just
/// before the file is written: until GET of the post returns the new text (polled every 2 ms), and until the live
/// reload event that makes open pages reload arrives. Works whatever the server does to get there (full or incremental rebuild).
/// </summary>
internal static class ServeLatencyCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(2);

    public static int Run(IReadOnlyList<string> args)
    {
        if (ServeLatencyOptions.Parse(args, Console.Error) is not { } options)
        {
            return 2;
        }
        try
        {
            return RunAsync(options).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
        {
            Console.Error.WriteLine($"serve-latency: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> RunAsync(ServeLatencyOptions options)
    {
        var postCount = Directory.GetFiles(Path.Combine(options.Site, "_posts")).Length;
        using var post = EditedPost.Choose(options.Site, options.Post);
        Console.WriteLine($"serve-latency: {options.Site} ({postCount:N0} posts), editing {post.RelativePath} ({post.Url}), {options.Runs} saves");

        using var server = ServerProcess.Start(options.Bloggen, options.Site, options.Timeout);
        Console.WriteLine($"first build and start: {server.Startup.TotalSeconds:0.00} s; serving at {server.Url}");
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = options.Timeout };
        await using var events = await LiveReloadListener.ConnectAsync(client, server.Url, options.Timeout);
        var page = new Uri(server.Url, post.Url);
        if (await ReadAsync(client, page) is null)
        {
            throw new InvalidOperationException($"GET {page} does not answer 200 before any edit:\n{server.Output}");
        }

        var pageTimes = new List<double>();
        var eventTimes = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            await SettleAsync(events, options.Settle);
            var marker = $"bloggen-bench-marker-{run}-{Guid.NewGuid():N}";
            using var deadline = new CancellationTokenSource(options.Timeout);
            var start = Stopwatch.GetTimestamp();
            post.Append(marker);
            var reload = events.NextReloadAsync(deadline.Token).AsTask();
            var shown = await PollAsync(client, page, marker, deadline.Token);
            var reloaded = Stopwatch.GetElapsedTime(start, await reload);
            pageTimes.Add(shown.TotalMilliseconds);
            eventTimes.Add(reloaded.TotalMilliseconds);
            Console.WriteLine($"save {run}: page shows the edit after {shown.TotalMilliseconds:0} ms, live reload event after {reloaded.TotalMilliseconds:0} ms");
        }

        Console.WriteLine();
        Console.WriteLine("| posts | save until | saves | median ms | p90 ms |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: |");
        PrintRow(postCount, "GET returns the edit", pageTimes);
        PrintRow(postCount, "live reload event", eventTimes);
        return 0;
    }

    /// <summary>Waits until no reload event came for <paramref name="quiet"/>: no rebuild of an earlier save is still showing up.</summary>
    private static async Task SettleAsync(LiveReloadListener events, TimeSpan quiet)
    {
        do
        {
            await Task.Delay(quiet);
        }
        while (events.Drain() > 0);
    }

    private static async Task<TimeSpan> PollAsync(HttpClient client, Uri page, string marker, CancellationToken deadline)
    {
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            if (await ReadAsync(client, page) is { } body && body.Contains(marker, StringComparison.Ordinal))
            {
                return Stopwatch.GetElapsedTime(start);
            }
            try
            {
                await Task.Delay(PollInterval, deadline);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"GET {page} did not show the edit in time");
            }
        }
    }

    /// <summary>The page's text, or null while it is not there (a rebuild may briefly answer 404 or 503).</summary>
    private static async Task<string?> ReadAsync(HttpClient client, Uri page)
    {
        using var response = await client.GetAsync(page);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
    }

    private static void PrintRow(int posts, string until, List<double> milliseconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {posts:N0} | {until} | {milliseconds.Count} | {Percentiles.Median(milliseconds):0} | {Percentiles.NearestRank(milliseconds, 0.9):0} |"));
}
