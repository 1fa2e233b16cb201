using System.Net;

namespace BlogGen.Cli.Tests;

/// <summary>
/// <c>bloggen serve</c> serves a site under its <c>baseurl</c>, as GitHub Pages publishes it: <c>/</c> redirects there,
/// a link that forgets the base path is not found, live reload still works; <c>--baseurl ''</c> serves it at <c>/</c>.
/// </summary>
public sealed class ServeBaseUrlTests : IDisposable
{
    private readonly ServeSite site = new();
    private readonly HttpClient client = ServeProcess.Client();

    public ServeBaseUrlTests() => site.Write("_config.yml", "title: Serve test\nurl: https://example.org\nbaseurl: /blog\n");

    public void Dispose()
    {
        client.Dispose();
        site.Dispose();
    }

    /// <summary>The request target; the status; the Location it redirects to, or a text in the page served.</summary>
    private static readonly (string Target, int Status, string Expected)[] Requests =
    [
        ("/", 302, "/blog/"),
        ("/?utm=x", 302, "/blog/?utm=x"),
        ("/blog", 301, "/blog/"),
        ("/blog/2025", 301, "/blog/2025/"),
        ("/blog/", 200, "href=\"/blog/2025/01/01/hello.html\""),
        ("/blog" + ServeSite.PostUrl, 200, "The first version of the text."),
        ("/blog/2025/01/01/hello", 200, "The first version of the text."),
        ("/blog/style/extra.css", 200, "color: black"),
        (ServeSite.PostUrl, 404, "<title>Page not found"),
        ("/style/extra.css", 404, "<title>Page not found"),
        ("/blogs/", 404, "<title>Page not found"),
        ("/blog/no/such/page/", 404, "<title>Page not found"),
    ];

    /// <summary>One server answers every request of the table (a server per row would cost seconds each).</summary>
    [Fact]
    public void TheSiteIsServedUnderItsBaseUrl()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());

        Assert.Equal(new Uri(server.Url, "/blog/"), server.Url);
        Assert.All(Requests, request =>
        {
            var (status, response) = server.RawGet(request.Target);
            Assert.True(status == request.Status, $"{request.Target}: {status} instead of {request.Status}\n{response}");
            Assert.Contains(request.Status is 301 or 302 ? $"\r\nLocation: {request.Expected}\r\n" : request.Expected, response, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task LiveReloadIsServedAtTheRootAndInjectedIntoPagesUnderTheBaseUrl()
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort());

        var page = await client.GetStringAsync(new Uri(server.Url, "/blog" + ServeSite.PostUrl));
        using var script = await client.GetAsync(new Uri(server.Url, "/__bloggen/livereload.js"));

        Assert.Contains("<script src=\"/__bloggen/livereload.js\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("new EventSource('/__bloggen/events')", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    // --baseurl given; the URL printed; a path served with 200; a link in the home page
    [InlineData("", "/", ServeSite.PostUrl, "href=\"/2025/01/01/hello.html\"")]
    [InlineData("/other/", "/other/", "/other" + ServeSite.PostUrl, "href=\"/other/2025/01/01/hello.html\"")]
    [InlineData("/博客", "/%E5%8D%9A%E5%AE%A2/", "/%E5%8D%9A%E5%AE%A2" + ServeSite.PostUrl, "href=\"/%E5%8D%9A%E5%AE%A2/2025/01/01/hello.html\"")]
    public async Task TheBaseUrlOptionWinsOverTheConfig(string baseUrl, string printed, string served, string link)
    {
        using var server = ServeProcess.Start(site.Root, ServeProcess.FreePort(), "--baseurl", baseUrl);

        using var post = await client.GetAsync(new Uri(server.Url, served));
        var home = await client.GetStringAsync(server.Url);

        Assert.Equal(printed, server.Url.AbsolutePath);
        var (status, root) = server.RawGet("/");
        Assert.Equal(printed == "/" ? 200 : 302, status);
        Assert.True(printed == "/" || root.Contains($"\r\nLocation: {printed}\r\n", StringComparison.Ordinal), root);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains(link, home, StringComparison.Ordinal);
    }
}
