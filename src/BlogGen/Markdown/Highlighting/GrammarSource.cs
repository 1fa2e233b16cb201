using System.Collections.Frozen;
using System.Reflection;

using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Where grammars come from: the grammars TextMateSharp.Grammars carries as resources, found through each one's package
/// manifest, with an empty colour theme (classes come from scopes, so parsing a theme's colours would be wasted).
/// TextMateSharp's own <see cref="RegistryOptions"/> also loads every language's editor configuration and snippets,
/// which a highlighter never reads and which cost a small site a tenth of its build; only the manifests are read here.
/// Read-only once made, so every registry of a highlighter shares one.
/// </summary>
internal sealed class GrammarSource : IRegistryOptions
{
    private const string ResourcePrefix = "TextMateSharp.Grammars.Resources.Grammars.";
    private const string PackageSuffix = ".package.json";

    private static readonly Assembly Grammars = typeof(RegistryOptions).Assembly;

    private readonly FrozenDictionary<string, string> _scopeByLanguage;
    private readonly FrozenDictionary<string, string> _resourceByScope;
    private readonly ThemeRaw _noColours = [];

    public GrammarSource()
    {
        var scopes = new Dictionary<string, string>(StringComparer.Ordinal);
        var resources = new Dictionary<string, string>(StringComparer.Ordinal);
        var packages = Grammars.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(PackageSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var package in packages)
        {
            var folder = package[ResourcePrefix.Length..^PackageSuffix.Length];
            using var stream = Grammars.GetManifestResourceStream(package)!;
            foreach (var grammar in GrammarDefinition.Parse(stream)?.Contributes?.Grammars ?? [])
            {
                if (string.IsNullOrEmpty(grammar.ScopeName) || string.IsNullOrWhiteSpace(grammar.Path))
                {
                    continue;
                }
                if (!string.IsNullOrEmpty(grammar.Language))
                {
                    scopes.TryAdd(grammar.Language, grammar.ScopeName);
                }
                var path = grammar.Path.StartsWith("./", StringComparison.Ordinal) ? grammar.Path[2..] : grammar.Path;
                resources.TryAdd(grammar.ScopeName, ResourcePrefix + folder + "." + path.Replace('/', '.'));
            }
        }
        _scopeByLanguage = scopes.ToFrozenDictionary(StringComparer.Ordinal);
        _resourceByScope = resources.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string? ScopeOf(string languageId) => _scopeByLanguage.GetValueOrDefault(languageId);

    public IRawGrammar? GetGrammar(string scopeName)
    {
        if (!_resourceByScope.TryGetValue(scopeName, out var resource) || Grammars.GetManifestResourceStream(resource) is not { } stream)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    /// <summary>None, as TextMateSharp.Grammars gives none: cross-grammar injections are not supported there.</summary>
    public ICollection<string>? GetInjections(string scopeName) => null;

    public IRawTheme GetTheme(string scopeName) => _noColours;

    public IRawTheme GetDefaultTheme() => _noColours;
}
