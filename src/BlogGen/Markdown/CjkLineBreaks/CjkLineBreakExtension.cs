using System.Text;

using BlogGen.Content;

using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.CjkLineBreaks;

/// <summary>
/// Drops a soft line break between two CJK characters. Browsers show a line break in HTML as a space,
/// and Chinese or Japanese wrapped in the source would otherwise read "的 文章" with a stray space.
/// </summary>
internal sealed class CjkLineBreakExtension : DocumentPassExtension
{
    protected override object? Process(MarkdownDocument document)
    {
        var joins = document.Descendants<LineBreakInline>()
            .Where(b => !b.IsHard && LastRune(b.PreviousSibling) is { } before && FirstRune(b.NextSibling) is { } after
                && CjkText.IsCjkOrCjkPunctuation(before) && CjkText.IsCjkOrCjkPunctuation(after))
            .ToList();
        foreach (var lineBreak in joins)
        {
            lineBreak.Remove();
        }
        return null;
    }

    private static Rune? LastRune(Inline? inline) =>
        inline is LiteralInline { Content: { Length: > 0 } text } && Rune.TryGetRuneAt(text.ToString(), LastRuneStart(text.ToString()), out var rune)
            ? rune
            : null;

    private static Rune? FirstRune(Inline? inline) =>
        inline is LiteralInline { Content: { Length: > 0 } text } && Rune.TryGetRuneAt(text.ToString(), 0, out var rune) ? rune : null;

    private static int LastRuneStart(string text) =>
        text.Length >= 2 && char.IsLowSurrogate(text[^1]) ? text.Length - 2 : text.Length - 1;
}
