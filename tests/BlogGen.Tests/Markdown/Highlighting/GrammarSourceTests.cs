using BlogGen.Markdown.Highlighting;

using TextMateSharp.Grammars;

namespace BlogGen.Tests.Markdown.Highlighting;

/// <summary>
/// The grammar index BlogGen reads from the packages' manifests answers as TextMateSharp's own index does, for every
/// language and scope it ships: the same scope for a language id, and the same grammar file for a scope.
/// </summary>
public sealed class GrammarSourceTests
{
    private static readonly RegistryOptions TextMateIndex = new(ThemeName.LightPlus);
    private static readonly GrammarSource Source = new();

    public static TheoryData<string> Languages => [.. TextMateIndex.GetAvailableGrammarDefinitions()
        .SelectMany(definition => definition.Contributes.Grammars).Select(grammar => grammar.Language).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Scopes => [.. AllScopes()];

    private static IEnumerable<string> AllScopes() => TextMateIndex.GetAvailableGrammarDefinitions()
        .SelectMany(definition => definition.Contributes.Grammars).Select(grammar => grammar.ScopeName).Distinct().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_language_has_the_scope_TextMateSharp_gives_it(string language) =>
        Assert.Equal(TextMateIndex.GetScopeByLanguageId(language), Source.ScopeOf(language));

    [Theory]
    [MemberData(nameof(Scopes))]
    public void A_scope_loads_the_grammar_TextMateSharp_loads(string scope)
    {
        var expected = TextMateIndex.GetGrammar(scope);
        var actual = Source.GetGrammar(scope);
        if (expected is null)
        {
            // A manifest naming a file the package does not hold (source.js.regexp): neither index has a grammar for it.
            Assert.Null(actual);
            return;
        }

        // The whole tree, key by key in order: BlogGen reads the file itself (RawGrammarReader), TextMateSharp its own way.
        Assert.Equal(Flatten(expected), Flatten(actual));
        Assert.Contains("/scopeName = " + scope, Flatten(actual));
    }

    /// <summary>Every value of a grammar tree as "path = text", in order.</summary>
    private static IEnumerable<string> Flatten(object? node, string path = "") => node switch
    {
        IDictionary<string, object> map => map.SelectMany(pair => Flatten(pair.Value, path + "/" + pair.Key)).Prepend(path + " {" + map.Count + "}"),
        System.Collections.IList list => list.Cast<object>().SelectMany((item, i) => Flatten(item, path + "[" + i + "]")).Prepend(path + " [" + list.Count + "]"),
        string text => [path + " = " + text],
        _ => [path + " : " + node?.GetType().Name],
    };

    [Fact]
    public void It_knows_the_same_scopes()
    {
        Assert.NotEmpty(AllScopes());
        Assert.Equal(AllScopes(), Source.Scopes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_fence_name_finds_its_grammar() =>
        Assert.All(CodeLanguages.Names, name => Assert.NotNull(Source.ScopeOf(CodeLanguages.Find(name)!.GrammarId)));
}
