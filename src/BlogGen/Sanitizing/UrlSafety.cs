using System.Text.RegularExpressions;

namespace BlogGen.Sanitizing;

/// <summary>
/// The scheme check for every URL in a fragment, read the way a browser reads it: leading and
/// trailing control characters and spaces are ignored and tabs and newlines inside are dropped,
/// so <c>" java&#9;script:"</c> is still <c>javascript:</c>. A URL with a scheme must name an
/// allowed one; anything else before the first <c>/ ? #</c> that ends in a colon (also written
/// <c>&amp;#58;</c>, <c>&amp;#x3a;</c> or <c>&amp;colon;</c>) is refused rather than guessed at.
/// </summary>
internal static partial class UrlSafety
{
    public static bool IsSafe(string url, IReadOnlySet<string> schemes)
    {
        var delimiter = SchemeDelimiter().Match(Normalize(url));
        if (!delimiter.Success)
        {
            return true;
        }
        var scheme = delimiter.Groups["scheme"].Value;
        return SchemeSyntax().IsMatch(scheme) && schemes.Contains(scheme.ToLowerInvariant());
    }

    /// <summary>A <c>data:</c> URL of a PNG, JPEG, GIF or WebP image: pixels only, nothing that can run script (SVG can).</summary>
    public static bool IsRasterDataImage(string url) => RasterDataImage().IsMatch(Normalize(url));

    private static readonly string ControlsAndSpace =
        string.Concat(Enumerable.Range(0, 0x21).Select(code => (char)code));

    private static string Normalize(string url)
    {
        var trimmed = url.AsSpan().Trim(ControlsAndSpace);
        return trimmed.IndexOfAny('\t', '\n', '\r') < 0
            ? trimmed.ToString()
            : string.Concat(trimmed.ToString().Split(['\t', '\n', '\r']));
    }

    // The first colon (or colon entity) that comes before any '/', '?' or '#'.
    [GeneratedRegex(@"^(?<scheme>[^/?#]*?)(?::|&#0*58;?|&#x0*3a;?|&colon;)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemeDelimiter();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemeSyntax();

    [GeneratedRegex(@"^data:image/(?:png|jpeg|gif|webp)(?:;[a-z0-9._+=-]+)*,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RasterDataImage();
}
