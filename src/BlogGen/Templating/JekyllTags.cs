using System.Text.RegularExpressions;

namespace BlogGen.Templating;

/// <summary>
/// Rewrites Jekyll's tags that Scriban's Liquid parser cannot read into forms it can:
/// <c>{% include file.html %}</c> and <c>{% post_url 2025-01-01-x %}</c>, <c>{% link _posts/x.md %}</c> take quoted names.
/// </summary>
public static partial class JekyllTags
{
    public static string Rewrite(string liquid) =>
        liquid.Contains("{%", StringComparison.Ordinal)
            ? UnquotedNameTag().Replace(liquid, m => $"{m.Groups["open"].Value}{m.Groups["tag"].Value} '{m.Groups["name"].Value}'{m.Groups["rest"].Value}")
            : liquid;

    [GeneratedRegex(@"(?<open>\{%-?\s*)(?<tag>include|include_relative|post_url|link)\s+(?<name>[^\s'""%{}][^\s%{}]*)(?<rest>\s*-?%\})", RegexOptions.CultureInvariant)]
    private static partial Regex UnquotedNameTag();
}
