using System.Globalization;
using System.Text;

namespace BlogGen.Content;

/// <summary>Site-relative URLs and the output files they map to. No URL may name a file outside the destination.</summary>
public static class UrlPath
{
    /// <summary>The longest file or folder name (in UTF-8 bytes) that Linux, macOS and Windows file systems all accept.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>
    /// Cleans a built permalink: a leading '/', no empty segments. Fails (with a reason) on segments that climb
    /// (<c>..</c>, also percent-encoded), backslashes, drive letters, control characters and NUL.
    /// </summary>
    public static bool TryNormalize(string url, out string normalized, out string problem)
    {
        if (IsAlreadyNormal(url))
        {
            normalized = url;
            problem = "";
            return true;
        }
        return TryNormalizeFully(url, out normalized, out problem);
    }

    /// <summary>
    /// True for the common URL that <see cref="TryNormalizeFully"/> would return unchanged: a leading '/', no empty,
    /// blank or dot-only segment, no escape, ':', '' or control character, and too short for any name to pass the
    /// byte limit. Every page of every build asks; this answers without allocating.
    /// </summary>
    internal static bool IsAlreadyNormal(string url)
    {
        // 3 UTF-8 bytes per UTF-16 unit at most, with room for the ".html" or "index.html" an output path adds.
        if (url.Length == 0 || url[0] != '/' || (url.Length + 10) * 3 > MaxNameBytes)
        {
            return false;
        }
        var segmentStart = 1;
        for (var i = 1; i <= url.Length; i++)
        {
            if (i < url.Length && url[i] != '/')
            {
                if (char.IsControl(url[i]) || url[i] is '%' or ':' or '\\')
                {
                    return false;
                }
                continue;
            }
            var segment = url.AsSpan(segmentStart, i - segmentStart);
            var isTrailingSlash = segment.IsEmpty && i == url.Length && i > 1;
            if (!isTrailingSlash && (segment.Trim().IsEmpty || segment.Trim('.').IsEmpty) && url.Length > 1)
            {
                return false;
            }
            segmentStart = i + 1;
        }
        return true;
    }

    internal static bool TryNormalizeFully(string url, out string normalized, out string problem)
    {
        normalized = "";
        var decoded = Uri.UnescapeDataString(url);
        foreach (var c in decoded)
        {
            if (char.IsControl(c))
            {
                problem = "it contains a control character";
                return false;
            }
            if (c is '\\')
            {
                problem = "it contains a backslash: use '/' between folders";
                return false;
            }
        }
        if (HasEscape(decoded))
        {
            problem = "it is percent-encoded twice ('%25' followed by two hex digits decodes to another escape): write the character itself";
            return false;
        }
        if (decoded.Contains(':', StringComparison.Ordinal))
        {
            problem = "it contains ':' (a drive letter or an unfilled placeholder): remove it";
            return false;
        }
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Trim().Length == 0 || s.EndsWith('.') && s.Trim('.').Length == 0))
        {
            problem = "it has a '.' or '..' segment, which would leave the destination folder: remove it";
            return false;
        }
        var trailingSlash = decoded.EndsWith('/') || segments.Length == 0;
        var candidate = "/" + string.Join('/', segments) + (trailingSlash && segments.Length > 0 ? "/" : "");
        if (ToOutputPath(candidate).Split('/').FirstOrDefault(IsTooLongForFileSystems) is { } tooLong)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"the file or folder name '{tooLong[..Math.Min(tooLong.Length, 40)]}…' in it would be {Encoding.UTF8.GetByteCount(tooLong)} bytes long, more than the {MaxNameBytes} bytes file systems allow: shorten the slug, title or permalink");
            return false;
        }
        normalized = candidate;
        problem = "";
        return true;
    }

    /// <summary>A '%' and two hex digits left after decoding would be decoded again by every reader of the URL.</summary>
    private static bool HasEscape(string decoded)
    {
        for (var i = decoded.IndexOf('%', StringComparison.Ordinal); i >= 0 && i + 2 < decoded.Length; i = decoded.IndexOf('%', i + 1))
        {
            if (char.IsAsciiHexDigit(decoded[i + 1]) && char.IsAsciiHexDigit(decoded[i + 2]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="name"/>, as one file or folder name, has more UTF-8 bytes than file systems allow.</summary>
    public static bool IsTooLongForFileSystems(string name) => Encoding.UTF8.GetByteCount(name) > MaxNameBytes;

    /// <summary><c>/a/</c> is <c>a/index.html</c>; <c>/a</c> is <c>a.html</c> (Jekyll's rule); <c>/a.xml</c> is itself.</summary>
    public static string ToOutputPath(string normalizedUrl)
    {
        if (normalizedUrl.EndsWith('/'))
        {
            return normalizedUrl[1..] + "index.html";
        }
        var lastSegment = normalizedUrl[(normalizedUrl.LastIndexOf('/') + 1)..];
        return normalizedUrl[1..] + (lastSegment.Contains('.', StringComparison.Ordinal) ? "" : ".html");
    }

    /// <summary>Percent-encodes what a URL may not hold (non-ASCII, spaces, quotes), keeping '/' and existing escapes.</summary>
    public static string Encode(string url)
    {
        var builder = new StringBuilder(url.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c < 128 && IsAllowedAscii(c))
            {
                builder.Append(c);
                continue;
            }
            // A lone surrogate is encoded alone (as U+FFFD): paired with the next character it would not fit the buffer.
            var length = i + 1 < url.Length && char.IsSurrogatePair(c, url[i + 1])
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(url.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    private static bool IsAllowedAscii(char c) =>
        char.IsAsciiLetterOrDigit(c) || "-._~/:?#[]@!$&'()*+,;=%".Contains(c, StringComparison.Ordinal);
}
