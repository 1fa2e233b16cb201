using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

using BlogGen.Diagnostics;

namespace BlogGen.Sanitizing;

/// <summary>
/// Reads the <c>sanitize:</c> map: <c>allow_*</c> keys add names to the default lists, <c>remove_*</c>
/// keys take them out (after every addition, so a name in both ends up removed). A bad key or value
/// is reported and skipped; everything else still applies.
/// </summary>
internal sealed partial class SanitizeConfigReader(string configPath, ICollection<Diagnostic> diagnostics)
{
    private const string EnabledKey = "enabled";
    private const string AllowDataAttributesKey = "allow_data_attributes";
    private const string EmbedsKey = "embeds";

    private static readonly ImmutableArray<NameListKind> Kinds =
    [
        new("elements", "element", ElementSyntax(), "video", NeverAllowed.Elements.Contains, name => $"<{name}>"),
        new("attributes", "attribute", AttributeSyntax(), "aria-label", NeverAllowed.IsAttribute, name => name),
        new("schemes", "URL scheme", SchemeSyntax(), "tel", NeverAllowed.Schemes.Contains, name => name + ":"),
        new("css_properties", "CSS property", CssPropertySyntax(), "font-family", NeverAllowed.CssProperties.Contains, name => name),
    ];

    private static readonly string KnownKeys = string.Join(", ",
        Kinds.SelectMany(kind => new[] { kind.AllowKey, kind.RemoveKey })
            .Append(EnabledKey)
            .Append(AllowDataAttributesKey)
            .Append(EmbedsKey)
            .Order(StringComparer.Ordinal));

    public SanitizePolicy Read(IReadOnlyDictionary<string, object?> section)
    {
        var policy = SanitizePolicy.Default;
        var lists = new[] { policy.Elements, policy.Attributes, policy.Schemes, policy.CssProperties }
            .Select(set => set.ToBuilder())
            .ToArray();
        var keys = section.Keys.Order(StringComparer.Ordinal).ToList();

        foreach (var key in keys.Where(key => !IsKnown(key)))
        {
            Report(Severity.Error, $"sanitize.{key} is not a known setting: use one of {KnownKeys}");
        }
        for (var i = 0; i < Kinds.Length; i++)
        {
            foreach (var name in ReadNames(section, Kinds[i].AllowKey, Kinds[i]))
            {
                lists[i].Add(name);
            }
        }
        for (var i = 0; i < Kinds.Length; i++)
        {
            foreach (var name in ReadNames(section, Kinds[i].RemoveKey, Kinds[i]))
            {
                if (!lists[i].Remove(name))
                {
                    Report(Severity.Warning,
                        $"sanitize.{Kinds[i].RemoveKey}: \"{name}\" is not allowed anyway, so nothing is removed: check the spelling");
                }
            }
        }

        return policy with
        {
            Enabled = ReadBool(section, EnabledKey) ?? policy.Enabled,
            Elements = lists[0].ToImmutable(),
            Attributes = lists[1].ToImmutable(),
            Schemes = lists[2].ToImmutable(),
            CssProperties = lists[3].ToImmutable(),
            AllowDataAttributes = ReadBool(section, AllowDataAttributesKey) ?? policy.AllowDataAttributes,
            Embeds = ReadEmbeds(section) ?? policy.Embeds,
        };
    }

    private static bool IsKnown(string key) =>
        key is EnabledKey or AllowDataAttributesKey or EmbedsKey
        || Kinds.Any(kind => key == kind.AllowKey || key == kind.RemoveKey);

    private bool? ReadBool(IReadOnlyDictionary<string, object?> section, string key)
    {
        switch (section.GetValueOrDefault(key))
        {
            case null:
                return null;
            case bool value:
                return value;
            case var other:
                Report(Severity.Error, $"sanitize.{key} must be true or false, not {Describe(other)}: write '{key}: true' or '{key}: false'");
                return null;
        }
    }

    /// <summary>
    /// The <c>embeds:</c> list, which replaces the default one (<c>embeds: []</c> keeps no frame); a wrong entry is
    /// reported and skipped. Null, for the defaults, when not given, given no value, not a list, or when no entry is right.
    /// </summary>
    private ImmutableArray<string>? ReadEmbeds(IReadOnlyDictionary<string, object?> section)
    {
        if (ListItems(EmbedsKey, section.GetValueOrDefault(EmbedsKey), "player URLs", "www.youtube.com/embed/") is not { } items)
        {
            return null;
        }
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        var given = 0;
        foreach (var item in items)
        {
            given++;
            var text = (item as string)?.Trim() ?? "";
            var entry = text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? text["https://".Length..] : text;
            if (!EmbedSyntax().IsMatch(entry))
            {
                Report(Severity.Error,
                    $"sanitize.{EmbedsKey}: {Describe(item)} is not a player URL: write an https host and path, such as www.youtube.com/embed/ (http: frames are never kept)");
                continue;
            }
            var slash = entry.IndexOf('/', StringComparison.Ordinal);
            entries.Add(slash < 0 ? entry.ToLowerInvariant() + "/" : entry[..slash].ToLowerInvariant() + entry[slash..]);
        }
        // A list whose every entry is wrong is a mistake, not a wish to keep no frame: the defaults stay.
        return given > 0 && entries.Count == 0 ? null : [.. entries];
    }

    private List<string> ReadNames(IReadOnlyDictionary<string, object?> section, string key, NameListKind kind)
    {
        var names = new List<string>();
        if (ListItems(key, section.GetValueOrDefault(key), kind.Noun + " names", kind.Example) is not { } items)
        {
            return names;
        }

        var isAllow = key == kind.AllowKey;
        foreach (var item in items)
        {
            var name = (item as string)?.Trim().ToLowerInvariant();
            if (name is null || !kind.Syntax.IsMatch(name))
            {
                Report(Severity.Error,
                    $"sanitize.{key}: {Describe(item)} is not a valid {kind.Noun} name: write names such as {kind.Example}");
            }
            else if (isAllow && kind.IsNeverAllowed(name))
            {
                Report(Severity.Error,
                    $"sanitize.{key}: {kind.Display(name)} can never be allowed, because it can run script or reach outside the post: remove it from the list (only 'enabled: false' publishes such content)");
            }
            else
            {
                names.Add(name);
            }
        }
        return names;
    }

    /// <summary>The items of a list setting (a single value is a list of one); null for none, or for a value of another kind, which is reported.</summary>
    private IEnumerable<object?>? ListItems(string key, object? value, string what, string example)
    {
        switch (value)
        {
            case null:
                return null;
            case string single:
                return [single];
            case List<object?> list:
                return list;
            default:
                Report(Severity.Error, $"sanitize.{key} must be a list of {what}, not {Describe(value)}: write for example '{key}: [{example}]'");
                return null;
        }
    }

    private void Report(Severity severity, string message) =>
        diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.ConfigValueInvalid, configPath, 0, 0, message));

    private static string Describe(object? value) => value switch
    {
        null => "an empty value",
        string text => $"\"{text}\"",
        bool flag => flag ? "true" : "false",
        List<object?> => "a list",
        Dictionary<string, object?> => "a map",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ElementSyntax();

    [GeneratedRegex("^[a-z_:][a-z0-9_:.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeSyntax();

    [GeneratedRegex("^[a-z][a-z0-9+.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemeSyntax();

    /// <summary>A host name with dots, then an optional path with no spaces, quotes or backslashes.</summary>
    [GeneratedRegex("""^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/[^\s"'<>\\?#]*)?$""", RegexOptions.CultureInvariant)]
    private static partial Regex EmbedSyntax();

    [GeneratedRegex("^-?[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CssPropertySyntax();

    private sealed record NameListKind(
        string KeySuffix, string Noun, Regex Syntax, string Example, Func<string, bool> IsNeverAllowed, Func<string, string> Display)
    {
        public string AllowKey => "allow_" + KeySuffix;

        public string RemoveKey => "remove_" + KeySuffix;
    }
}
