using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

using TextMateSharp.Grammars;
using TextMateSharp.Internal.Themes;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Where grammars come from: the grammar files TextMateSharp.Grammars ships as resources, found through each package's
/// manifest (<c>csharp.package.json</c>: which language and scope each grammar file holds), with an empty colour theme:
/// classes come from scopes, so parsing a theme's colours would be wasted. TextMateSharp's own index (RegistryOptions)
/// also parses every language's editor settings and snippets, which highlighting never reads: that was a fifteenth of a
/// ten-post build. Read-only once made, so every registry of a highlighter shares one.
/// </summary>
internal sealed class GrammarSource : IRegistryOptions
{
    private const string GrammarPrefix = "TextMateSharp.Grammars.Resources.Grammars.";
    private const string ManifestSuffix = ".package.json";

    private static Assembly Package => typeof(RegistryOptions).Assembly;

    private readonly ThemeRaw _noColours = [];
    private readonly FrozenDictionary<string, string> _scopeByLanguage;
    private readonly FrozenDictionary<string, string> _resourceByScope;

    public GrammarSource()
    {
        var scopeByLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
        var resourceByScope = new Dictionary<string, string>(StringComparer.Ordinal);
        // In name order, the first package naming a language or scope wins, whatever order the resources are listed in.
        foreach (var manifest in Package.GetManifestResourceNames()
            .Where(name => name.StartsWith(GrammarPrefix, StringComparison.Ordinal) && name.EndsWith(ManifestSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            var folder = manifest[..^ManifestSuffix.Length];
            foreach (var (language, scope, path) in GrammarsIn(manifest))
            {
                if (language is not null)
                {
                    scopeByLanguage.TryAdd(language, scope);
                }
                // "./syntaxes/csharp.tmLanguage.json" is the resource "...csharp.syntaxes.csharp.tmLanguage.json".
                resourceByScope.TryAdd(scope, folder + "." + (path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path).Replace('/', '.'));
            }
        }
        _scopeByLanguage = scopeByLanguage.ToFrozenDictionary(StringComparer.Ordinal);
        _resourceByScope = resourceByScope.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The scopes of every grammar, for tests that compare with TextMateSharp's own index.</summary>
    internal IEnumerable<string> Scopes => _resourceByScope.Keys;

    public string? ScopeOf(string languageId) => _scopeByLanguage.GetValueOrDefault(languageId);

    public IRawGrammar GetGrammar(string scopeName)
    {
        if (!_resourceByScope.TryGetValue(scopeName, out var resource) || Package.GetManifestResourceStream(resource) is not { } stream)
        {
            return null!; // TextMateSharp's registry treats a missing grammar as null, as its own index returns.
        }
        using (stream)
        {
            return RawGrammarReader.Read(stream);
        }
    }

    public ICollection<string> GetInjections(string scopeName) => [];

    public IRawTheme GetTheme(string scopeName) => _noColours;

    public IRawTheme GetDefaultTheme() => _noColours;

    /// <summary>Each grammar a package's manifest contributes: its language (none for one only included by others), scope and file.</summary>
    private static IEnumerable<(string? Language, string Scope, string Path)> GrammarsIn(string manifest)
    {
        using var stream = Package.GetManifestResourceStream(manifest)!;
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (!json.RootElement.TryGetProperty("contributes", out var contributes) || !contributes.TryGetProperty("grammars", out var grammars))
        {
            return [];
        }
        return [.. grammars.EnumerateArray()
            .Where(grammar => grammar.TryGetProperty("scopeName", out _) && grammar.TryGetProperty("path", out _))
            .Select(grammar => (grammar.TryGetProperty("language", out var language) ? language.GetString() : null,
                grammar.GetProperty("scopeName").GetString()!, grammar.GetProperty("path").GetString()!))];
    }
}
