using System.Text.RegularExpressions;

namespace BlogGen.Checking;

/// <summary>
/// Decides which links are internal and which file of the built site answers each one, the way a static
/// host such as GitHub Pages serves the site under its base URL: a folder answers with its
/// <c>index.html</c>, <c>/x</c> with <c>x.html</c> or <c>x/index.html</c>.
/// </summary>
public sealed partial class LinkResolver
{
    private static readonly Uri Origin = new("http://site.invalid/");

    private readonly string _siteDirectory;
    private readonly string _baseUrl;
    private readonly Uri? _siteUrl;

    public LinkResolver(string siteDirectory, string baseUrl, string siteUrl)
    {
        _siteDirectory = Path.GetFullPath(siteDirectory);
        _baseUrl = baseUrl.TrimEnd('/');
        _siteUrl = Uri.TryCreate(siteUrl, UriKind.Absolute, out var parsed) ? parsed : null;
    }

    /// <summary>What a link on the page at <paramref name="pagePath"/> (relative to the site) points to.</summary>
    public LinkResolution Resolve(string pagePath, string url)
    {
        if (SchemePattern().IsMatch(url))
        {
            if (IsWebUrl(url) && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                return LinkResolution.Invalid;
            }
            if (!IsOwnAbsoluteUrl(url, out var ownPath))
            {
                return LinkResolution.External;
            }
            url = ownPath;
        }
        else if (url.StartsWith("//", StringComparison.Ordinal))
        {
            if (!IsOwnAbsoluteUrl("https:" + url, out var ownPath))
            {
                return LinkResolution.External;
            }
            url = ownPath;
        }

        var page = new Uri(Origin, _baseUrl + "/" + Uri.EscapeDataString(pagePath).Replace("%2F", "/", StringComparison.Ordinal));
        if (!Uri.TryCreate(page, url, out var absolute))
        {
            return LinkResolution.Invalid;
        }
        var fragment = absolute.Fragment.Length > 1 ? Uri.UnescapeDataString(absolute.Fragment[1..]) : null;
        var path = Uri.UnescapeDataString(absolute.AbsolutePath);
        if (path != _baseUrl && !path.StartsWith(_baseUrl + "/", StringComparison.Ordinal))
        {
            return LinkResolution.OutsideBaseUrl(path);
        }
        var inSite = path[_baseUrl.Length..].TrimStart('/');
        return new LinkResolution(LinkKind.Internal, path, new LinkTarget(FindFile(inSite), fragment));
    }

    private static bool IsWebUrl(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    private bool IsOwnAbsoluteUrl(string url, out string pathAndRest)
    {
        pathAndRest = "";
        if (_siteUrl is null || !Uri.TryCreate(url, UriKind.Absolute, out var absolute)
            || absolute.Scheme is not ("http" or "https")
            || !string.Equals(absolute.Host, _siteUrl.Host, StringComparison.OrdinalIgnoreCase)
            || absolute.Port != _siteUrl.Port && !(absolute.IsDefaultPort && _siteUrl.IsDefaultPort))
        {
            return false;
        }
        pathAndRest = absolute.PathAndQuery + absolute.Fragment;
        return true;
    }

    private string? FindFile(string inSite)
    {
        if (inSite.Split('/').Contains(".."))
        {
            return null;
        }
        string[] candidates = inSite.Length == 0 || inSite.EndsWith('/')
            ? [inSite + "index.html"]
            : [inSite, inSite + ".html", inSite + "/index.html"];
        return candidates.FirstOrDefault(candidate => File.Exists(Path.Combine(_siteDirectory, candidate)));
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePattern();
}
