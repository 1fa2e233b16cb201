using BlogGen.Tests.Sanitizing;

using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

/// <summary>The XSS fixture site (every vector of tests/fixtures/xss/vectors.txt in posts) built, served under its base URL, and a browser.</summary>
public sealed class XssBrowserSite : IAsyncLifetime
{
    private ServedSite? site;

    public IReadOnlyList<XssPost> Posts { get; } = XssSite.Plan(XssCorpus.Vectors);

    public IBrowser Browser => site!.Browser;

    public string Origin => site!.Origin;

    /// <summary>Every built HTML page, as output paths relative to the site folder, in ordinal order.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        site = await ServedSite.BuildAsync(XssSite.BaseUrl, root => XssSite.Write(root, Posts));
        Pages = [.. Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(site.Output, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The address of a built page.</summary>
    public string UrlOf(string outputPath) =>
        $"{Origin}{XssSite.BaseUrl}/{string.Join('/', outputPath.Split('/').Select(Uri.EscapeDataString))}";

    public async Task DisposeAsync()
    {
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }
}
