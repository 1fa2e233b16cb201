using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// A run of <c>*</c> or <c>_</c> in a kramdown site's text, which may open or close emphasis; <see cref="KramdownEmphasisParser"/>
/// decides once the whole span is read. It is text until then, so a mark nothing decided about is still written.
/// </summary>
internal sealed class EmphasisMark : LiteralInline
{
    public EmphasisMark(char mark, int count)
    {
        Mark = mark;
        // Text of its own, so Markdig never grows it with the text that follows.
        Content = new StringSlice(new string(mark, count));
        IsClosed = true;
    }

    public char Mark { get; }

    public int Count => Content.Length;
}
