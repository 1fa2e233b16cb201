using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BlogGen.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private static readonly TimeSpan RebuildLimit = TimeSpan.FromSeconds(20);
    private readonly ServeSite site = new();
    private readonly HttpClient client = ServeProcess.Client();

    public void Dispose()
    {
        client.Dispose();
        site.Dispose();
    }

    [Theory]
    [InlineData("/", "text/html; charset=utf-8", "Serve test")]
    [InlineData(ServeSite.PostUrl, "text/html; charset=utf-8", "The first version of the text.")]
    [InlineData("/2025/01/01/hello", "text/html; charset=utf-8", "The first version of the text.")]
    [InlineData("/style/extra.css", "text/css; charset=utf-8", "color: black")]
    [InlineData("/feed.xml", "text/xml; charset=utf-8", "<feed")]
    [InlineData("/%E7%AC%94%E8%AE%B0/%E8%AF%B4%E6%98%8E.txt", "text/plain; charset=utf-8", "纯文本笔记")]
    public async Task ServesTheBuiltFilesWithTheirContentTypes(string path, string contentType, string text)
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());

        using var response = await client.GetAsync(new Uri(server.Url, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderWithoutItsSlashIsRedirectedAndAMissingPageGetsTheSites404Page()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());

        using var folder = await client.GetAsync(new Uri(server.Url, "/2025"));
        using var missing = await client.GetAsync(new Uri(server.Url, "/no/such/page/"));

        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/2025/", folder.Headers.Location!.OriginalString);
        var (status, response) = server.RawGet("//2025?x=1");
        Assert.Equal(301, status);
        Assert.Contains("\r\nLocation: /2025/?x=1\r\n", response, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html; charset=utf-8", missing.Content.Headers.ContentType!.ToString());
        var notFoundPage = await client.GetStringAsync(new Uri(server.Url, "/404.html"));
        var body = await missing.Content.ReadAsStringAsync();
        Assert.Contains("<title>Page not found", body, StringComparison.Ordinal);
        Assert.Equal(notFoundPage, body);
    }

    [Fact]
    public async Task ARequestWithTheETagGets304()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());
        using var first = await client.GetAsync(new Uri(server.Url, ServeSite.PostUrl));
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Url, ServeSite.PostUrl));
        again.Headers.IfNoneMatch.Add(etag);
        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void NoRequestTargetReachesAFileOutsideTheOutputFolder()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());
        // The site is served from memory; plant a file beside the source, and one inside it that no build picked up.
        var secret = "SECRET-" + Guid.NewGuid().ToString("N");
        var outside = Path.Combine(Path.GetDirectoryName(site.Root)!, "secret.txt");
        File.WriteAllText(outside, secret);
        site.Write("_drafts/secret.txt", secret);
        string[] targets =
        [
            "/../secret.txt", "/../../secret.txt", "/2025/../../secret.txt", "/./../secret.txt",
            "/%2e%2e/secret.txt", "/%2E%2E/%2e%2E/secret.txt", "/.%2e/secret.txt",
            "/..%2fsecret.txt", "/..%2F..%2Fsecret.txt", "/%2e%2e%2fsecret.txt",
            "/..%5csecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt",
            "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/%25%32%65%25%32%65/secret.txt",
            "/%c0%ae%c0%ae/secret.txt", "/%c0%ae%c0%ae%c0%afsecret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/..%c0%afsecret.txt",
            "/index.html%00", "/%00/../secret.txt", "/secret.txt%00.html",
            "/%ff", "/%", "/%2", "/%zz", "/../../../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        ];

        foreach (var target in targets)
        {
            var (status, response) = server.RawGet(target);
            Assert.True(status is >= 400 and < 500, $"{target} answered {status}");
            Assert.DoesNotContain(secret, response, StringComparison.Ordinal);
            Assert.DoesNotContain("root:x:0:0", response, StringComparison.Ordinal);
        }
        File.Delete(outside);
    }

    [Fact]
    public void ABusyPortIsReportedAndTheNextFreeOneTaken()
    {
        var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;

            using var server = ServeProcess.Start(site.Root, port);

            Assert.Contains($"Port {port} is busy; trying {port + 1}.", server.Stdout, StringComparison.Ordinal);
            Assert.NotEqual(port, server.Url.Port);
            Assert.Equal("127.0.0.1", server.Url.Host);
        }
        finally
        {
            busy.Stop();
        }
    }

    [Fact]
    public async Task ATitleSavedWhileTheFirstBuildRunsIsServed()
    {
        var corpus = BloggenProcess.CopyFixture("corpus-60");
        try
        {
            var post = Path.Combine(corpus, "_posts", "2016-02-10-thepaper-40002.md");
            var marker = "Saved during the first build " + Guid.NewGuid().ToString("N");
            using var server = ServeProcess.StartBuilding(corpus, ServeProcess.FreePort());
            // By now the files have been read, and the first build is converting sixty bodies with highlighting.
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            File.WriteAllText(post, File.ReadAllText(post).Replace("title: \"", "title: \"" + marker + " ", StringComparison.Ordinal));

            server.WaitUntilServing();

            Assert.Contains(marker, await PollAsync(new Uri(server.Url, "/archive/"), marker), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    [Fact]
    public async Task AnEditedPostIsServedAfterTheRebuild()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());
        var url = new Uri(server.Url, ServeSite.PostUrl);

        site.Write(ServeSite.PostFile, ServeSite.Post("Hello", "The second version of the text."));

        Assert.Contains("The second version of the text.", await PollAsync(url, "The second version"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenFrontMatterIsReportedAndTheLastGoodPageStaysServed()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());
        var url = new Uri(server.Url, ServeSite.PostUrl);
        var printed = server.StdoutLineCount;

        site.Write(ServeSite.PostFile, "---\ntitle: Hello\nThe front matter is never closed.\n");
        server.WaitForLine(line => line.StartsWith("Rebuild failed with 1 error", StringComparison.Ordinal), RebuildLimit, printed);
        using var response = await client.GetAsync(url);

        var error = server.WaitForErrorLine(line => line.Contains("error BG1", StringComparison.Ordinal), RebuildLimit);
        Assert.Matches(@"^_posts/2025-01-01-hello\.md\(\d+(,\d+)?\): error BG1\d{3}: ", error);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The first version of the text.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        site.Write(ServeSite.PostFile, ServeSite.Post("Hello", "Fixed again."));
        Assert.Contains("Fixed again.", await PollAsync(url, "Fixed again."), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLiveReloadScriptIsInServedPagesOnly()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());

        var served = await client.GetStringAsync(new Uri(server.Url, ServeSite.PostUrl));
        var script = await client.GetAsync(new Uri(server.Url, "/__bloggen/livereload.js"));

        Assert.Matches("<script src=\"/__bloggen/livereload.js\" data-build=\"[0-9a-f]+-1\"></script></body>", served);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var destination = Path.Combine(site.Root, "_site");
        Assert.Equal(0, BloggenProcess.Run(site.Root, null, "build").ExitCode);
        var built = Directory.EnumerateFiles(destination, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(built, path => path.EndsWith("hello.html", StringComparison.Ordinal));
        Assert.All(built, path => Assert.DoesNotContain("__bloggen", File.ReadAllText(path), StringComparison.Ordinal));
    }

    /// <summary>The JSON pages follow: the id of the site served, and the errors of a failed build for the overlay.</summary>
    [Fact]
    public async Task TheEventStreamNamesTheSiteServedAndTheErrorsOfAFailedBuild()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());
        var served = await client.GetStringAsync(new Uri(server.Url, ServeSite.PostUrl));
        var build = Regex.Match(served, "data-build=\"([0-9a-f]+)-1\"").Groups[1].Value;
        using var response = await client.GetAsync(new Uri(server.Url, "/__bloggen/events"), HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());

        Assert.Equal(("hello", $"{{\"build\":\"{build}-1\"}}"), await NextEventAsync(events));

        site.Write(ServeSite.PostFile, "---\ntitle: Hello\nThe front matter is never closed.\n");
        var (name, data) = await NextEventAsync(events);
        var error = Assert.Single(JsonDocument.Parse(data).RootElement.EnumerateArray());
        var line = error.GetProperty("line").GetInt32();
        Assert.Equal("errors", name);
        Assert.Equal(ServeSite.PostFile, error.GetProperty("path").GetString());
        Assert.StartsWith($"{ServeSite.PostFile}({line}", error.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.Matches("^BG1[0-9]{3}$", error.GetProperty("code").GetString());
        Assert.NotEmpty(error.GetProperty("message").GetString()!);
        Assert.True(line > 0 && error.GetProperty("column").GetInt32() >= 0, data);

        site.Write(ServeSite.PostFile, ServeSite.Post("Hello", "Fixed again."));
        Assert.Equal(("reload", $"{{\"build\":\"{build}-2\"}}"), await NextEventAsync(events));
    }

    /// <summary>The next Server-Sent Event: its name and its data.</summary>
    private static async Task<(string Name, string Data)> NextEventAsync(StreamReader events)
    {
        using var limit = new CancellationTokenSource(RebuildLimit);
        var name = "";
        while (await events.ReadLineAsync(limit.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return (name, line["data: ".Length..]);
            }
        }
        throw new EndOfStreamException("the event stream ended");
    }

    [Fact]
    public async Task WithoutLiveReloadPagesAreServedAsBuilt()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort(), "--no-livereload");

        var served = await client.GetStringAsync(new Uri(server.Url, ServeSite.PostUrl));
        using var events = await client.GetAsync(new Uri(server.Url, "/__bloggen/events"));

        Assert.Contains("The first version of the text.", served, StringComparison.Ordinal);
        Assert.DoesNotContain("__bloggen", served, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
    }

    /// <summary>Ctrl+C in a terminal (SIGINT), or SIGTERM as CI, containers and service managers send it.</summary>
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void ASignalStopsTheServerWithinASecondAndLeavesNoFilesBehind(string signal)
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());
        var clock = Stopwatch.StartNew();

        server.Signal(signal);

        Assert.True(server.WaitForExit(TimeSpan.FromSeconds(5)), "bloggen serve did not stop in 5 s");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"stopping took {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(0, server.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site")), "serve wrote the site to disk");
    }

    private async Task<string> PollAsync(Uri url, string expected)
    {
        var clock = Stopwatch.StartNew();
        var body = "";
        while (clock.Elapsed < RebuildLimit)
        {
            body = await client.GetStringAsync(url);
            if (body.Contains(expected, StringComparison.Ordinal))
            {
                return body;
            }
            await Task.Delay(50);
        }
        return body;
    }
}
