using System.Text;

using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's emphasis for kramdown sites, in place of Markdig's CommonMark rule for <c>*</c> and <c>_</c>: each run of
/// marks is kept as an <see cref="EmphasisMark"/> while Markdig reads the span, then <see cref="KramdownEmphasisRule"/>
/// decides over the whole span which marks open and close <c>&lt;em&gt;</c> and <c>&lt;strong&gt;</c>. A span is what
/// Markdig finishes on its own: a paragraph or heading, a table cell, a link's text; a strikethrough's text is read on
/// its own as kramdown reads it. Code, links and raw HTML were read first, so a mark inside them is theirs.
/// </summary>
internal sealed class KramdownEmphasisParser : InlineParser, IPostInlineProcessor
{
    /// <summary>What any span that is not text (code, a link, an image) counts as when the rule looks at its neighbours.</summary>
    private const char OtherSpan = '\uFFFC';

    public KramdownEmphasisParser()
    {
        OpeningCharacters = ['*', '_'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var mark = slice.CurrentChar;
        var start = slice.Start;
        var count = 0;
        while (slice.CurrentChar == mark)
        {
            slice.SkipChar();
            count++;
        }
        processor.Inline = new EmphasisMark(mark, count).PlacedAt(processor, start, count);
        return true;
    }

    public bool PostProcess(InlineProcessor state, Inline? root, Inline? lastChild, int postInlineProcessorIndex, bool isFinalProcessing)
    {
        if (root is ContainerInline span)
        {
            Apply(span);
        }
        return true;
    }

    private static void Apply(ContainerInline span)
    {
        var pieces = new List<Inline>();
        Collect(span, pieces);
        if (!pieces.Exists(piece => piece is EmphasisMark))
        {
            return;
        }
        var text = new StringBuilder();
        var marks = new List<bool>();
        foreach (var piece in pieces)
        {
            var written = TextOf(piece);
            text.Append(written);
            marks.AddRange(Enumerable.Repeat(piece is EmphasisMark, written.Length));
        }
        var found = KramdownEmphasisRule.Find(text.ToString(), [.. marks]);
        Rebuild(span, pieces, found);
    }

    /// <summary>
    /// The span's inlines in order. An unmatched <c>[</c> that Markdig left holding what follows it is listed, then its
    /// content; a strikethrough is one piece whose own text is read now, apart.
    /// </summary>
    private static void Collect(ContainerInline container, List<Inline> pieces)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            pieces.Add(child);
            if (child is DelimiterInline delimiter)
            {
                Collect(delimiter, pieces);
            }
            else if (child is EmphasisInline { DelimiterChar: '~' } strikethrough)
            {
                Apply(strikethrough);
            }
        }
    }

    private static string TextOf(Inline piece) => piece switch
    {
        LiteralInline literal => literal.Content.ToString(),
        LineBreakInline => "\n",
        DelimiterInline delimiter => delimiter.ToLiteral(),
        _ => OtherSpan.ToString(),
    };

    /// <summary>Puts the span's inlines back in order, with the emphasis found around them and unused marks as text.</summary>
    private static void Rebuild(ContainerInline span, List<Inline> pieces, IReadOnlyList<EmphasisSpan> found)
    {
        var opens = found.ToDictionary(emphasis => emphasis.OpenAt);
        var closes = found.ToDictionary(emphasis => emphasis.CloseAt);
        foreach (var piece in pieces)
        {
            piece.Remove();
        }
        var open = new Stack<ContainerInline>();
        open.Push(span);
        var at = 0;
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case EmphasisMark mark:
                    PlaceMarks(mark, at, opens, closes, open);
                    break;
                case DelimiterInline delimiter:
                    open.Peek().AppendChild(new LiteralInline(delimiter.ToLiteral()) { Span = delimiter.Span, Line = delimiter.Line, Column = delimiter.Column });
                    break;
                default:
                    open.Peek().AppendChild(piece);
                    break;
            }
            at += TextOf(piece).Length;
        }
    }

    private static void PlaceMarks(EmphasisMark mark, int at, Dictionary<int, EmphasisSpan> opens, Dictionary<int, EmphasisSpan> closes,
        Stack<ContainerInline> open)
    {
        var i = 0;
        while (i < mark.Count)
        {
            var start = mark.Span.Start + i;
            if (opens.TryGetValue(at + i, out var emphasis))
            {
                var inline = new EmphasisInline { DelimiterChar = mark.Mark, DelimiterCount = emphasis.Length, Line = mark.Line, Column = mark.Column + i };
                inline.Span.Start = start;
                open.Peek().AppendChild(inline);
                open.Push(inline);
                i += emphasis.Length;
            }
            else if (closes.TryGetValue(at + i, out emphasis))
            {
                var closed = open.Pop();
                closed.Span.End = start + emphasis.Length - 1;
                closed.IsClosed = true;
                i += emphasis.Length;
            }
            else
            {
                var end = i;
                while (end < mark.Count && !opens.ContainsKey(at + end) && !closes.ContainsKey(at + end))
                {
                    end++;
                }
                open.Peek().AppendChild(new LiteralInline(new string(mark.Mark, end - i))
                {
                    Span = new SourceSpan(start, mark.Span.Start + end - 1),
                    Line = mark.Line,
                    Column = mark.Column + i,
                });
                i = end;
            }
        }
    }
}
