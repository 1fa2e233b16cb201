using System.Collections.Concurrent;
using System.Text;

using TextMateSharp.Grammars;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Turns code into HTML: text escaped, tokens wrapped in <c>&lt;span class="CLASS"&gt;</c> (see <see cref="TokenClassTable"/>).
/// Thread-safe. Grammars are loaded when a language is first highlighted, each once, and kept for every later call: a
/// build session keeps one highlighter, so a build loads only the grammars its code uses and a preview rebuild none.
/// </summary>
public sealed class CodeHighlighter
{
    /// <summary>Lines longer than this are left plain, as editors do: minified code would take seconds to tokenize.</summary>
    internal const int MaxLineLength = 10_000;

    // Only a pathological grammar/text pair comes near it; it keeps such a line from stalling the build.
    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(5);

    private readonly Lazy<GrammarSource> _source = new(() => new GrammarSource(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, Lazy<LoadedGrammar>> _grammars = new(StringComparer.Ordinal);

    /// <summary>The highlighted HTML of <paramref name="code"/> (lines separated by <c>\n</c>), to go inside <c>&lt;code&gt;</c>.</summary>
    /// <param name="classes">Which classes tokens get; BlogGen's <c>hl-*</c> when not given.</param>
    public string Highlight(string code, CodeLanguage language, TokenClassTable? classes = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(language);
        var table = classes ?? TokenClassTable.BlogGen;
        var grammar = _grammars.GetOrAdd(language.GrammarId, id => new Lazy<LoadedGrammar>(
            () => new LoadedGrammar(_source.Value, id), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return grammar.Tokenize(loaded => Tokenize(code, loaded, table));
    }

    private static string Tokenize(string code, IGrammar grammar, TokenClassTable classes)
    {
        var html = new StringBuilder(code.Length * 2);
        IStateStack? state = null;
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                html.Append('\n');
            }
            var line = lines[i];
            if (line.Length > MaxLineLength)
            {
                HtmlEscaping.Append(html, line);
                continue;
            }
            var result = grammar.TokenizeLine(line, state, LineTimeLimit);
            state = result.RuleStack;
            AppendLine(html, line, result.Tokens, classes);
        }
        return html.ToString();
    }

    private static void AppendLine(StringBuilder html, string line, IToken[] tokens, TokenClassTable classes)
    {
        // Neighbouring tokens of one class share a span: fewer, simpler elements for the same colours, and a number
        // a grammar splits (1 . 5) is one run whose class can follow its whole text.
        var position = 0;
        var runStart = 0;
        string? runClass = null;
        foreach (var token in tokens)
        {
            var start = Math.Min(token.StartIndex, line.Length);
            var end = Math.Min(token.EndIndex, line.Length);
            if (end <= start || start < position)
            {
                continue;
            }
            var tokenClass = classes.Of(token.Scopes);
            if (tokenClass != runClass || start > position)
            {
                AppendRun(html, line.AsSpan(runStart, position - runStart), runClass, classes);
                HtmlEscaping.Append(html, line.AsSpan(position, start - position));
                runStart = start;
                runClass = tokenClass;
            }
            position = end;
        }
        AppendRun(html, line.AsSpan(runStart, position - runStart), runClass, classes);
        // A tokenizer stopped by the time limit leaves the rest of the line untokenized: it is shown plain.
        HtmlEscaping.Append(html, line.AsSpan(position));
    }

    private static void AppendRun(StringBuilder html, ReadOnlySpan<char> text, string? tokenClass, TokenClassTable classes)
    {
        if (tokenClass is null || text.IsEmpty)
        {
            HtmlEscaping.Append(html, text);
            return;
        }
        html.Append("<span class=\"").Append(classes.Refine(tokenClass, text)).Append("\">");
        HtmlEscaping.Append(html, text);
        html.Append("</span>");
    }
}
