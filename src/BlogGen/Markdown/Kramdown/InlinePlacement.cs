using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>Gives an inline a parser made its place in the source (span, line, column), as Markdig's own parsers do.</summary>
internal static class InlinePlacement
{
    /// <param name="start">Where the inline starts in the text being parsed.</param>
    /// <param name="length">How many characters it took.</param>
    public static T PlacedAt<T>(this T inline, InlineProcessor processor, int start, int length) where T : Inline
    {
        inline.Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(start + length - 1));
        inline.Line = line;
        inline.Column = column;
        return inline;
    }
}
