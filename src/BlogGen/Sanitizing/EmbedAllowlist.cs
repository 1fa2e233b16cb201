using System.Collections.Immutable;

namespace BlogGen.Sanitizing;

/// <summary>
/// Which frames are kept: an <c>https</c> URL whose host is an entry's host and whose path starts with that entry's
/// path (<c>www.youtube.com/embed/</c>). A protocol-relative <c>//host/path</c>, as some players' embed codes are
/// written, counts as <c>https</c>. The players need scripts and their own origin, so a kept frame runs them in a
/// sandbox that keeps it from the page: it cannot navigate the page, open forms, or reach its script.
/// </summary>
internal static class EmbedAllowlist
{
    /// <summary>The sandbox of every kept frame: what players need to play (or a map to move) and to open their own page in a new tab.</summary>
    public const string Sandbox = "allow-scripts allow-same-origin allow-presentation allow-popups";

    /// <summary>The browser features a kept frame may use: playback only (no camera, microphone, location, payment...).</summary>
    public const string Allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";

    /// <summary>YouTube refuses to play without the embedding site's origin; a full URL is never sent.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>The video and map players writers paste embed codes of, sorted.</summary>
    public static readonly ImmutableArray<string> Defaults =
    [
        "player.bilibili.com/player.html", "player.vimeo.com/video/", "www.google.com/maps/embed", "www.openstreetmap.org/export/embed.html",
        "www.youtube-nocookie.com/embed/", "www.youtube.com/embed/",
    ];

    /// <summary>The URL to keep in <c>src</c> (a protocol-relative one made <c>https</c>), or null when the frame is not allowed.</summary>
    public static string? Allowed(string? src, ImmutableArray<string> entries)
    {
        if (src is null || entries.IsEmpty)
        {
            return null;
        }
        var url = src.Trim();
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }
        // A browser reads %2e%2e and a backslash in a path as ../ and /; .NET does not: such a path is refused.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.UserInfo.Length > 0 || !uri.IsDefaultPort
            || uri.AbsolutePath.Contains("%2e", StringComparison.OrdinalIgnoreCase) || url.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var entry in entries)
        {
            var slash = entry.IndexOf('/', StringComparison.Ordinal);
            var host = slash < 0 ? entry : entry[..slash];
            var path = slash < 0 ? "/" : entry[slash..];
            if (string.Equals(uri.IdnHost, host, StringComparison.OrdinalIgnoreCase) && IsUnder(uri.AbsolutePath, path))
            {
                return url;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="path"/> is the entry's path or below it: a prefix ends where a path segment does, so
    /// <c>/maps/embed</c> takes <c>/maps/embed</c> and <c>/maps/embed/v1/place</c>, never <c>/maps/embedded</c>.
    /// </summary>
    private static bool IsUnder(string path, string entry) =>
        path.StartsWith(entry, StringComparison.Ordinal)
        && (path.Length == entry.Length || entry.EndsWith('/') || path[entry.Length] == '/');
}
