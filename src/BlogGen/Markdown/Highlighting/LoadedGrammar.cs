using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// One language's grammar, loaded in a registry of its own. TextMateSharp compiles rules lazily into plain dictionaries
/// while tokenizing, and a registry records the grammars it loads, so neither may be used by two threads at once:
/// <see cref="Tokenize"/> holds this grammar's lock, and no other grammar touches its registry.
/// </summary>
internal sealed class LoadedGrammar
{
    private readonly Lock _lock = new();
    private readonly IGrammar _grammar;

    public LoadedGrammar(GrammarSource source, string grammarId)
    {
        var scope = source.ScopeOf(grammarId) ?? throw new InvalidOperationException($"TextMateSharp.Grammars has no grammar '{grammarId}'");
        _grammar = new Registry(source).LoadGrammar(scope)
            ?? throw new InvalidOperationException($"TextMateSharp.Grammars could not load grammar '{grammarId}'");
    }

    /// <summary>Calls <paramref name="tokenize"/> with the grammar, which no other thread uses meanwhile.</summary>
    public T Tokenize<T>(Func<IGrammar, T> tokenize)
    {
        lock (_lock)
        {
            return tokenize(_grammar);
        }
    }
}
