using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Markdig's footnote definitions, only for names kramdown reads (<see cref="KramdownFootnoteLabel"/>): any other
/// <c>[^b c]: text</c> is a link definition, as in kramdown, or, right under a footnote, a line of it.
/// </summary>
internal sealed class KramdownFootnoteParser : FootnoteParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (DefinesInvalidName(processor))
        {
            return BlockState.None;
        }
        return Recorded(processor, base.TryOpen(processor));
    }

    /// <summary>Every definition opened, to tell afterwards which were left out (see <see cref="Unshown"/>).</summary>
    private static BlockState Recorded(BlockProcessor processor, BlockState state)
    {
        if (state != BlockState.None && processor.NewBlocks.TryPeek(out var opened) && opened is Footnote footnote)
        {
            if (processor.Document.GetData(typeof(KramdownFootnoteParser)) is not List<Footnote> defined)
            {
                defined = [];
                processor.Document.SetData(typeof(KramdownFootnoteParser), defined);
            }
            defined.Add(footnote);
        }
        return state;
    }

    /// <summary>
    /// The definitions of <paramref name="document"/> its footnote list leaves out: no text refers to them, or another
    /// of the same name came first. kramdown leaves them out too; the writer is told, so no text goes unseen unsaid.
    /// </summary>
    public static IReadOnlyList<(string Label, int Line)> Unshown(MarkdownDocument document)
    {
        if (document.GetData(typeof(KramdownFootnoteParser)) is not List<Footnote> defined)
        {
            return [];
        }
        var shown = document.Descendants<Footnote>().ToHashSet();
        // Distinct: a definition is listed once however many of its lines asked (a search of the list per line would
        // grow with the square of a document's footnotes).
        return [.. defined.Distinct().Where(footnote => !shown.Contains(footnote)).Select(footnote => ("[" + footnote.Label + "]", footnote.Line + 1))];
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // kramdown goes on from a definition's own line only with an indented line: `[^1]: one` then `two` is a footnote and a paragraph.
        if (processor.LineIndex == block.Line + 1 && !processor.IsBlankLine && !processor.IsCodeIndent && !DefinesValidName(processor))
        {
            processor.Close(block);
            return BlockState.None;
        }
        // Further down a footnote Markdig would open a new one here without asking TryOpen; kramdown reads the line as
        // more of this one. (After a blank line Markdig asks TryOpen.)
        var afterBlankLine = block.GetData(typeof(KramdownFootnoteParser)) is true;
        block.SetData(typeof(KramdownFootnoteParser), processor.IsBlankLine);
        if (!afterBlankLine && processor.Column == 0 && DefinesInvalidName(processor))
        {
            return BlockState.Continue;
        }
        // Markdig opens the next definition of a run from here.
        return Recorded(processor, base.TryContinue(processor, block));
    }

    private static bool DefinesInvalidName(BlockProcessor processor) => Defines(processor) is { } label && !KramdownFootnoteLabel.IsValid(label);

    private static bool DefinesValidName(BlockProcessor processor) => Defines(processor) is { } label && KramdownFootnoteLabel.IsValid(label);

    /// <summary>The label (with its <c>^</c>) of the footnote the line defines, if it looks like a definition.</summary>
    private static string? Defines(BlockProcessor processor)
    {
        var line = processor.Line.AsSpan();
        var close = line.IndexOf("]:");
        return line.StartsWith("[^") && close > 0 ? line[1..close].ToString() : null;
    }
}
