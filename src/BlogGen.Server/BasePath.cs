namespace BlogGen.Server;

/// <summary>
/// The path the preview serves the site under: its <c>baseurl</c>, as GitHub Pages will publish it, so a link that
/// leaves the base path out fails in the preview rather than after publishing. Empty serves the site at <c>/</c>.
/// </summary>
internal sealed class BasePath
{
    private readonly string[] _segments;

    /// <param name="baseUrl">A normalized base URL: empty, or <c>/a/b</c> without a trailing slash.</param>
    public BasePath(string baseUrl)
    {
        Text = baseUrl;
        _segments = baseUrl.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The base URL as given, which links in the site start with.</summary>
    public string Text { get; }

    /// <summary>The path inside the site that <paramref name="path"/> names, or null when it is not under the base path.</summary>
    public RequestPath? Strip(RequestPath path) =>
        path.Segments.Count >= _segments.Length && _segments.Select((segment, i) => path.Segments[i] == segment).All(same => same)
            ? path with { Segments = [.. path.Segments.Skip(_segments.Length)] }
            : null;

    /// <summary>
    /// The URL path of the folder <paramref name="segments"/> inside the site, each segment escaped again (the base path's
    /// too: a header value must be ASCII, and a base path may be Chinese).
    /// </summary>
    public string FolderUrl(IEnumerable<string> segments) =>
        "/" + string.Concat(_segments.Concat(segments).Select(segment => Uri.EscapeDataString(segment) + "/"));
}
