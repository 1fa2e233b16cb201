using BlogGen.Markdown.Highlighting;

using TextMateSharp.Grammars;

namespace BlogGen.Tests.Markdown.Highlighting;

/// <summary>
/// BlogGen reads TextMateSharp.Grammars' grammars without its <see cref="RegistryOptions"/> (which also loads editor
/// settings a highlighter never uses): every language must still lead to the grammar RegistryOptions would give.
/// </summary>
public sealed class GrammarSourceTests
{
    private static readonly RegistryOptions Reference = new(ThemeName.LightPlus);
    private static readonly GrammarSource Source = new();

    public static TheoryData<string> Languages => [.. Reference.GetAvailableGrammarDefinitions()
        .SelectMany(definition => definition.Contributes.Grammars)
        .Select(grammar => grammar.Language)
        .Where(language => !string.IsNullOrEmpty(language))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_leads_to_the_grammar_TextMateSharp_gives_it(string language)
    {
        var scope = Source.ScopeOf(language);

        Assert.Equal(Reference.GetScopeByLanguageId(language), scope);
        var grammar = Source.GetGrammar(scope!);
        Assert.NotNull(grammar);
        Assert.Equal(Reference.GetGrammar(scope!).GetScopeName(), grammar.GetScopeName());
        Assert.Equal(Reference.GetGrammar(scope!).GetPatterns().Count, grammar.GetPatterns().Count);
    }

    [Fact]
    public void There_are_as_many_languages_as_TextMateSharp_lists()
    {
        Assert.True(Languages.Count >= 50, $"only {Languages.Count} languages");
        Assert.Null(Source.ScopeOf("no-such-language"));
    }
}
