using System.Collections.Immutable;

using BlogGen.Diagnostics;

namespace BlogGen.Sanitizing;

/// <summary>
/// The allowlists every post body is held to. Names are lower case; the sets iterate in ordinal order.
/// Anything in <see cref="NeverAllowed"/> is refused by the sanitizer even when a set names it.
/// </summary>
/// <param name="Enabled">False publishes fragments exactly as they are (only for fully trusted content).</param>
/// <param name="Elements">Element names that are kept.</param>
/// <param name="Attributes">Attribute names that are kept on any kept element.</param>
/// <param name="Schemes">URL schemes allowed in <c>href</c>, <c>src</c>, <c>srcset</c> and other URL attributes; relative and fragment URLs are always allowed.</param>
/// <param name="CssProperties">CSS properties kept in <c>style</c> attributes.</param>
/// <param name="AllowDataAttributes">Keep every <c>data-*</c> attribute.</param>
/// <param name="Embeds">The players whose frames are kept, as host and path prefix (<c>www.youtube.com/embed/</c>), sorted; see <see cref="EmbedAllowlist"/>.</param>
public sealed record SanitizePolicy(
    bool Enabled,
    ImmutableSortedSet<string> Elements,
    ImmutableSortedSet<string> Attributes,
    ImmutableSortedSet<string> Schemes,
    ImmutableSortedSet<string> CssProperties,
    bool AllowDataAttributes,
    ImmutableArray<string> Embeds)
{
    public static SanitizePolicy Default { get; } = new(
        Enabled: true,
        Elements: SortedSet(SanitizeDefaults.Elements),
        Attributes: SortedSet(SanitizeDefaults.Attributes),
        Schemes: SortedSet(SanitizeDefaults.Schemes),
        CssProperties: SortedSet(SanitizeDefaults.CssProperties),
        AllowDataAttributes: false,
        Embeds: EmbedAllowlist.Defaults);

    /// <summary>
    /// The default policy changed by the <c>sanitize:</c> map of <c>_config.yml</c> (see docs/sanitizing.md).
    /// </summary>
    /// <param name="section">The map as parsed YAML, or null when the config has none.</param>
    /// <param name="configPath">The config file, for diagnostics.</param>
    /// <param name="diagnostics">Receives one <see cref="DiagnosticCodes.ConfigValueInvalid"/> per bad key or value; those are ignored and the rest applies.</param>
    public static SanitizePolicy FromConfig(
        IReadOnlyDictionary<string, object?>? section, string configPath, ICollection<Diagnostic> diagnostics) =>
        section is null ? Default : new SanitizeConfigReader(configPath, diagnostics).Read(section);

    public bool Equals(SanitizePolicy? other) =>
        other is not null
        && Enabled == other.Enabled
        && AllowDataAttributes == other.AllowDataAttributes
        && Elements.SetEquals(other.Elements)
        && Attributes.SetEquals(other.Attributes)
        && Schemes.SetEquals(other.Schemes)
        && CssProperties.SetEquals(other.CssProperties)
        && Embeds.SequenceEqual(other.Embeds, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Enabled);
        hash.Add(AllowDataAttributes);
        foreach (var set in new IReadOnlyCollection<string>[] { Elements, Attributes, Schemes, CssProperties, Embeds })
        {
            hash.Add(set.Count);
            foreach (var name in set)
            {
                hash.Add(name, StringComparer.Ordinal);
            }
        }
        return hash.ToHashCode();
    }

    internal static ImmutableSortedSet<string> SortedSet(IEnumerable<string> names) =>
        names.ToImmutableSortedSet(StringComparer.Ordinal);
}
