using System.Text;

using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's typographic symbols as Jekyll configures them (<c>smart_quotes: lsquo,rsquo,ldquo,rdquo</c>,
/// <c>entity_output: as_char</c>), written as characters: <c>---</c> em dash, <c>--</c> en dash, <c>...</c> ellipsis,
/// <c>&lt;&lt;</c> and <c>&gt;&gt;</c> guillemets, and straight quotes made curly by kramdown's rules (<see cref="QuoteFor"/>).
/// Only text is changed, never code, URLs or raw HTML, and before heading ids are made, so ids see what a reader sees.
/// </summary>
internal sealed class TypographicSymbolExtension : DocumentPassExtension
{
    private const char NoCharacter = '\0';

    // kramdown's SQ_PUNCT and the characters SQ_CLOSE excludes.
    private const string Punctuation = "!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~";
    private const string NotClosing = " \\\t\r\n[{(-";

    protected override object? Process(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (literal.Content.IsEmpty || literal.Parent is null)
            {
                continue;
            }
            var text = literal.Content.ToString();
            var changed = Symbols(text, literal.IsFirstCharacterEscaped, Before(literal), After(literal));
            if (!string.Equals(changed, text, StringComparison.Ordinal))
            {
                literal.Content = new StringSlice(changed);
            }
        }
        return null;
    }

    // The longer form first: `---` before `--`, `<< ` before `<<`.
    private static readonly (string Written, string Symbol)[] SymbolTable =
    [
        ("---", "\u2014"), ("--", "\u2013"), ("...", "\u2026"),
        ("<< ", "\u00AB\u00A0"), (" >>", "\u00A0\u00BB"), ("<<", "\u00AB"), (">>", "\u00BB"),
    ];

    private static (string Written, string Symbol)? Symbol(ReadOnlySpan<char> text)
    {
        foreach (var entry in SymbolTable)
        {
            if (text.StartsWith(entry.Written, StringComparison.Ordinal))
            {
                return entry;
            }
        }
        return null;
    }

    private static string Symbols(string text, bool firstEscaped, char before, char after)
    {
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var rest = text.AsSpan(i);
            if (i == 0 && firstEscaped)
            {
                output.Append(c);
            }
            else if (Symbol(rest) is var (written, symbol))
            {
                output.Append(symbol);
                i += written.Length - 1;
            }
            else if ((rest.StartsWith("\"'") || rest.StartsWith("'\"")) && IsWord(rest.Length > 2 ? rest[2] : after))
            {
                // A quote within a quote, both opening: "'Quoted' words".
                output.Append(c == '"' ? "\u201C\u2018" : "\u2018\u201C");
                i += 1;
            }
            else if (c is '\'' or '"')
            {
                var previous = i > 0 ? text[i - 1] : before;
                var next = text.AsSpan(i + 1);
                output.Append(QuoteFor(c, previous, next, i + 1 < text.Length ? text[i + 1] : after));
            }
            else
            {
                output.Append(c);
            }
        }
        return output.ToString();
    }

    /// <summary>
    /// kramdown's smart quote rules, first match wins: before punctuation that ends a word, closing; <c>"'</c> before a word,
    /// both opening; <c>'</c> before a decade (<c>'90s</c>), an apostrophe; after a space before a word, opening; after a
    /// character that can end a word, closing; before a space, an <c>s</c> or the end, closing; otherwise opening.
    /// </summary>
    private static char QuoteFor(char quote, char previous, ReadOnlySpan<char> next, char nextCharacter)
    {
        var single = quote == '\'';
        var afterNext = next.Length > 1 ? next[1] : NoCharacter;
        bool closing;
        if (nextCharacter != NoCharacter && Punctuation.Contains(nextCharacter) && !next.StartsWith("..")
            && !(next.Length == 1 && nextCharacter is '"' or '\'') && (afterNext == NoCharacter || !IsWord(afterNext)))
        {
            closing = true;
        }
        else if (single && next.Length >= 3 && char.IsAsciiDigit(next[0]) && char.IsAsciiDigit(next[1]) && next[2] == 's')
        {
            closing = true;
        }
        else if ((previous == NoCharacter || char.IsWhiteSpace(previous)) && IsWord(nextCharacter))
        {
            closing = false;
        }
        else if (previous != NoCharacter && !NotClosing.Contains(previous))
        {
            closing = true;
        }
        else
        {
            closing = nextCharacter == NoCharacter || char.IsWhiteSpace(nextCharacter)
                || (nextCharacter == 's' && (afterNext == NoCharacter || !IsWord(afterNext)));
        }
        return (single, closing) switch
        {
            (true, true) => '\u2019',
            (true, false) => '\u2018',
            (false, true) => '\u201D',
            (false, false) => '\u201C',
        };
    }

    private static bool IsWord(char c) => c != NoCharacter && (char.IsLetterOrDigit(c) || c == '_');

    /// <summary>The character before a text: the end of the text before it, a space for a line break, a letter for any other span.</summary>
    private static char Before(LiteralInline literal) => literal.PreviousSibling switch
    {
        null => literal.Parent is ContainerInline { Parent: null } or null ? NoCharacter : 'a',
        LiteralInline { Content.IsEmpty: false } text => text.Content.Text[text.Content.End],
        LineBreakInline => '\n',
        _ => 'a',
    };

    /// <summary>The character after a text, the same way; the end of the paragraph is none.</summary>
    private static char After(LiteralInline literal) => literal.NextSibling switch
    {
        null => literal.Parent is ContainerInline { Parent: null } or null ? NoCharacter : 'a',
        LiteralInline { Content.IsEmpty: false } text => text.Content.Text[text.Content.Start],
        LineBreakInline => '\n',
        _ => 'a',
    };
}
