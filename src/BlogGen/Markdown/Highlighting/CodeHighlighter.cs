using System.Collections.Concurrent;
using System.Text;

using TextMateSharp.Grammars;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Turns code into HTML: text escaped, tokens wrapped in <c>&lt;span class="hl-CATEGORY"&gt;</c> (see <see cref="TokenCategories"/>).
/// Thread-safe: each call rents a <see cref="GrammarSet"/> no other thread uses meanwhile, so there are as many sets
/// as calls ever ran at once, each loading a grammar once and keeping it for every later call. A build session keeps
/// one, so a preview rebuild does not load grammars again.
/// </summary>
public sealed class CodeHighlighter
{
    /// <summary>Lines longer than this are left plain, as editors do: minified code would take seconds to tokenize.</summary>
    internal const int MaxLineLength = 10_000;

    // Only a pathological grammar/text pair comes near it; it keeps such a line from stalling the build.
    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(5);

    private readonly ConcurrentBag<GrammarSet> _idle = [];

    /// <summary>The highlighted HTML of <paramref name="code"/> (lines separated by <c>\n</c>), to go inside <c>&lt;code&gt;</c>.</summary>
    public string Highlight(string code, CodeLanguage language)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(language);
        if (!_idle.TryTake(out var grammars))
        {
            grammars = new GrammarSet();
        }
        try
        {
            return Tokenize(code, grammars.Get(language));
        }
        finally
        {
            _idle.Add(grammars);
        }
    }

    private static string Tokenize(string code, IGrammar grammar)
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
            AppendLine(html, line, result.Tokens);
        }
        return html.ToString();
    }

    private static void AppendLine(StringBuilder html, string line, IToken[] tokens)
    {
        // Neighbouring tokens of one category share a span: fewer, simpler elements for the same colours.
        var position = 0;
        string? openCategory = null;
        foreach (var token in tokens)
        {
            var start = Math.Min(token.StartIndex, line.Length);
            var end = Math.Min(token.EndIndex, line.Length);
            if (end <= start || start < position)
            {
                continue;
            }
            var category = TokenCategories.Of(token.Scopes);
            if (category != openCategory || start > position)
            {
                Close(html, ref openCategory);
                HtmlEscaping.Append(html, line.AsSpan(position, start - position));
                if (category is not null)
                {
                    html.Append("<span class=\"hl-").Append(category).Append("\">");
                    openCategory = category;
                }
            }
            HtmlEscaping.Append(html, line.AsSpan(start, end - start));
            position = end;
        }
        Close(html, ref openCategory);
        // A tokenizer stopped by the time limit leaves the rest of the line untokenized: it is shown plain.
        HtmlEscaping.Append(html, line.AsSpan(position));
    }

    private static void Close(StringBuilder html, ref string? openCategory)
    {
        if (openCategory is not null)
        {
            html.Append("</span>");
            openCategory = null;
        }
    }
}
