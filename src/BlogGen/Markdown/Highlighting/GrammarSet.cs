using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// One TextMate registry and the grammars loaded from it, each loaded on first use and kept.
/// Not thread-safe: TextMateSharp compiles grammar rules lazily into plain dictionaries while tokenizing,
/// so a set is used by one thread at a time (see <see cref="CodeHighlighter"/>).
/// </summary>
internal sealed class GrammarSet
{
    private readonly RegistryOptions _options;
    private readonly Registry _registry;
    private readonly Dictionary<string, IGrammar> _grammars = new(StringComparer.Ordinal);

    public GrammarSet()
    {
        // The theme only feeds TextMate's colour attributes, which are not used: categories come from scopes.
        _options = new RegistryOptions(ThemeName.LightPlus);
        _registry = new Registry(_options);
    }

    public IGrammar Get(CodeLanguage language)
    {
        if (!_grammars.TryGetValue(language.GrammarId, out var grammar))
        {
            grammar = _registry.LoadGrammar(_options.GetScopeByLanguageId(language.GrammarId))
                ?? throw new InvalidOperationException($"TextMateSharp.Grammars has no grammar '{language.GrammarId}'");
            _grammars.Add(language.GrammarId, grammar);
        }
        return grammar;
    }
}
