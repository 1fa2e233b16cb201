using System.Text.RegularExpressions;

using Markdig.Parsers;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Markdig's HTML block parser, except that a block of HTML elements ends where kramdown ends it before a header: kramdown
/// reads an HTML element up to its closing tag, so a <c># header</c> line (at the start of the line) right under
/// <c>&lt;div&gt;…&lt;/div&gt;</c> or a one-line <c>&lt;p&gt;…&lt;/p&gt;</c> is a header, where CommonMark keeps it in the
/// HTML block until a blank line. While an element is still open the line stays HTML, as in kramdown.
/// </summary>
internal sealed partial class HtmlBlockBeforeHeadingParser : HtmlBlockParser
{
    /// <summary>Elements that have no closing tag.</summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is HtmlBlock { Type: HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock } html
            && processor.Indent == 0 && AtxHeader().IsMatch(processor.Line.AsSpan()) && ElementsClosed(html))
        {
            return BlockState.None;
        }
        return base.TryContinue(processor, block);
    }

    private static bool ElementsClosed(HtmlBlock html)
    {
        var open = 0;
        for (var i = 0; i < html.Lines.Count; i++)
        {
            foreach (Match tag in Tag().Matches(html.Lines.Lines[i].Slice.ToString()))
            {
                if (tag.Groups["close"].Success)
                {
                    open--;
                }
                else if (!tag.Groups["self"].Success && !VoidElements.Contains(tag.Groups["name"].Value))
                {
                    open++;
                }
            }
        }
        return open <= 0;
    }

    /// <summary>kramdown-parser-gfm's ATX header start: one to six <c>#</c>, then a space or tab.</summary>
    [GeneratedRegex(@"^#{1,6}[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex AtxHeader();

    [GeneratedRegex("""<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(?<self>/)?>""", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
