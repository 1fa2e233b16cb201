namespace BlogGen.Tests.Markdown;

/// <summary>
/// Stands in for the sanitizer's scheme check: http, https, mailto, relative URLs and fragments pass.
/// Reads a URL the way a browser does (tabs and newlines vanish, surrounding spaces and controls are
/// trimmed) and refuses any other control character outright.
/// </summary>
internal static class TestUrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];
    private static readonly char[] SpaceAndControls = [.. Enumerable.Range(0, 33).Select(code => (char)code)];

    public static bool IsSafe(string url)
    {
        var cleaned = url.Replace("\t", "", StringComparison.Ordinal)
            .Replace("\n", "", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal)
            .Trim(SpaceAndControls);
        if (cleaned.Any(char.IsControl))
        {
            return false;
        }

        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || cleaned.AsSpan(0, colon).IndexOfAny('/', '?', '#') >= 0)
        {
            return true;
        }

        return AllowedSchemes.Contains(cleaned[..colon].ToLowerInvariant(), StringComparer.Ordinal);
    }
}
