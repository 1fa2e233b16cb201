using BlogGen.Content;

namespace BlogGen.Content;

/// <summary>Site-relative paths made into links: base URL prepended, non-ASCII percent-encoded; absolute URLs kept.</summary>
public sealed class SiteUrls(string url, string baseUrl)
{
    public string Relative(string path)
    {
        if (IsAbsolute(path))
        {
            return path;
        }
        if (path.Length > 0 && !path.StartsWith('/'))
        {
            path = "/" + path;
        }
        var combined = baseUrl + path;
        return UrlPath.Encode(combined.Length == 0 ? "/" : combined);
    }

    /// <summary>True when the site has no base URL, or the path already starts with it, as written or percent-encoded.</summary>
    public bool IsUnderBaseUrl(string path) =>
        baseUrl.Length == 0 || StartsWithSegments(path, baseUrl) || StartsWithSegments(path, UrlPath.Encode(baseUrl));

    private static bool StartsWithSegments(string path, string prefix) =>
        path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal);

    public string Absolute(string path) => IsAbsolute(path) ? path : url + Relative(path);

    // A site path ("/2024/01/x/") is looked at no further: on Unix, Uri reads it as an absolute file path, slowly.
    private static bool IsAbsolute(string path) =>
        path.StartsWith('/') ? path.StartsWith("//", StringComparison.Ordinal)
            : Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
}
