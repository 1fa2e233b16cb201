using TextMateSharp.Grammars;
using TextMateSharp.Internal.Themes;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Where grammars come from: TextMateSharp.Grammars' index of its grammars, read once per highlighter (it parses every
/// grammar's manifest), with an empty colour theme: classes come from scopes, so parsing a theme's colours would be wasted.
/// Read-only once made, so every registry of a highlighter shares one.
/// </summary>
internal sealed class GrammarSource : IRegistryOptions
{
    private readonly RegistryOptions _grammars = new(ThemeName.LightPlus);
    private readonly ThemeRaw _noColours = [];

    public string? ScopeOf(string languageId) => _grammars.GetScopeByLanguageId(languageId);

    public IRawGrammar GetGrammar(string scopeName) => _grammars.GetGrammar(scopeName);

    public ICollection<string> GetInjections(string scopeName) => _grammars.GetInjections(scopeName);

    public IRawTheme GetTheme(string scopeName) => _noColours;

    public IRawTheme GetDefaultTheme() => _noColours;
}
