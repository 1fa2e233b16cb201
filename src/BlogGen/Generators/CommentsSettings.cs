using System.Globalization;

using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <summary>The site's <c>comments:</c> configuration: a provider and the attributes of its embed script.</summary>
/// <param name="Attributes">Attribute name and value, in the provider's order.</param>
public sealed record CommentsSettings(CommentsProvider Provider, IReadOnlyList<(string Name, string Value)> Attributes)
{
    public const string Key = "comments";

    /// <returns>The settings, or null when comments are not configured or cannot work; the problems found.</returns>
    public static (CommentsSettings? Settings, IReadOnlyList<Diagnostic> Problems) Read(SiteConfig config)
    {
        if (config.Values.GetValueOrDefault(Key) is not { } section)
        {
            return (null, []);
        }
        var path = config.ConfigPath;
        if (section is not IReadOnlyDictionary<string, object?> map
            || map.GetValueOrDefault("provider") is not string name
            || CommentsProvider.All.FirstOrDefault(p => p.Name == name) is not { } provider)
        {
            return (null, [Diagnostic.Warning(DiagnosticCodes.CommentsProviderUnknown, path,
                "comments: needs 'provider: giscus' or 'provider: utterances' with the provider's settings under its name, so no comments are shown: set the provider, or remove comments:")]);
        }

        var values = map.GetValueOrDefault(provider.Name) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        var problems = new List<Diagnostic>();
        foreach (var unknown in values.Keys.Except(provider.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            problems.Add(Diagnostic.Warning(DiagnosticCodes.CommentsSettingUnknown, path,
                $"comments.{provider.Name}.{unknown} is not a {provider.Name} setting and is ignored: use {string.Join(", ", provider.Keys)}"));
        }
        var missing = provider.Required.Where(key => string.IsNullOrEmpty(Text(values.GetValueOrDefault(key)))).ToList();
        if (missing.Count > 0)
        {
            problems.Add(Diagnostic.Warning(DiagnosticCodes.CommentsSettingMissing, path,
                $"comments.{provider.Name} lacks {string.Join(", ", missing)}, so no comments are shown: copy the values from the {provider.Name} set-up page into comments.{provider.Name}"));
            return (null, problems);
        }

        var attributes = new List<(string, string)>();
        foreach (var key in provider.Required)
        {
            attributes.Add((AttributeName(provider, key), Text(values[key])!));
        }
        foreach (var (key, fallback) in provider.Defaults)
        {
            var value = Text(values.GetValueOrDefault(key)) ?? (key == "lang" ? config.Lang : fallback);
            if (value is not null)
            {
                attributes.Add((AttributeName(provider, key), value));
            }
        }
        return (new CommentsSettings(provider, attributes), problems);
    }

    private static string AttributeName(CommentsProvider provider, string key) => provider.AttributePrefix + key.Replace('_', '-');

    // giscus reads its switches as "1"/"0".
    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "1" : "0",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
