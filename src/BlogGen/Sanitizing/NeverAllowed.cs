using System.Collections.Frozen;

namespace BlogGen.Sanitizing;

/// <summary>
/// What no policy can allow, whatever <c>sanitize:</c> says: these run script, load plugins, or
/// reach outside the fragment (<c>&lt;base&gt;</c>, <c>&lt;meta&gt;</c>, <c>&lt;style&gt;</c>).
/// Content that needs them can only be published with sanitizing turned off.
/// </summary>
internal static class NeverAllowed
{
    public static readonly IReadOnlySet<string> Elements = new HashSet<string>(StringComparer.Ordinal)
    {
        "applet", "base", "body", "embed", "frame", "frameset", "head", "html", "link", "math", "meta",
        "noscript", "object", "param", "script", "style", "template", "title",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Schemes = new HashSet<string>(StringComparer.Ordinal)
    {
        "data", "javascript", "vbscript",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> CssProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "-moz-binding", "behavior",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every <c>on…</c> attribute is an event handler.</summary>
    public static bool IsAttribute(string name) => name.StartsWith("on", StringComparison.Ordinal);
}
