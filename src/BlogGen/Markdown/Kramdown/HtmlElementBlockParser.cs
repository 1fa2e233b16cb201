using System.Collections.Frozen;
using System.Text.RegularExpressions;

using Markdig.Parsers;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Markdig's HTML block parser, except that a block of HTML elements ends where kramdown ends it: kramdown reads an HTML
/// element up to its closing tag, so the line right under <c>&lt;div&gt;…&lt;/div&gt;</c> or a one-line
/// <c>&lt;p&gt;…&lt;/p&gt;</c> is Markdown again (a <c># header</c>, a paragraph with its emphasis, a list), where
/// CommonMark keeps every line up to a blank one as HTML. While an element is still open its lines stay HTML, as in
/// kramdown. A <c>#</c> line indented by one to three spaces stays too: kramdown would make it a paragraph of the same text,
/// not the header CommonMark would. So does an attribute list (<c>{: .class}</c>) under the element, which
/// <see cref="HtmlBlockAttributeList"/> gives to it.
/// </summary>
internal sealed partial class HtmlElementBlockParser : HtmlBlockParser
{
    /// <summary>Elements that have no closing tag.</summary>
    private static readonly FrozenSet<string> VoidElements = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How many of a block's lines were counted, how many elements they left open, and a tag or comment not yet ended on
    /// the last of them (it goes on the next line); kept on the block.
    /// </summary>
    private sealed class OpenElements
    {
        public int Lines { get; set; }

        public int Count { get; set; }

        public string Unended { get; set; } = "";
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is HtmlBlock { Type: HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock } html && !processor.IsBlankLine
            && !(processor.Indent is > 0 and < 4 && processor.CurrentChar == '#') && !processor.Line.AsSpan().StartsWith("{:") && ElementsClosed(html))
        {
            return BlockState.None;
        }
        return base.TryContinue(processor, block);
    }

    private static bool ElementsClosed(HtmlBlock html)
    {
        if (html.GetData(typeof(OpenElements)) is not OpenElements open)
        {
            open = new OpenElements();
            html.SetData(typeof(OpenElements), open);
        }
        for (; open.Lines < html.Lines.Count; open.Lines++)
        {
            var text = open.Unended + "\n" + html.Lines.Lines[open.Lines].Slice.ToString();
            var comment = text.LastIndexOf("<!--", StringComparison.Ordinal);
            var lastTag = text.LastIndexOf('<');
            var unended = comment >= 0 && text.IndexOf("-->", comment + 4, StringComparison.Ordinal) < 0 ? comment
                : lastTag >= 0 && text.IndexOf('>', lastTag) < 0 ? lastTag
                : -1;
            if (unended >= 0)
            {
                open.Unended = text[unended..];
                text = text[..unended];
            }
            else
            {
                open.Unended = "";
            }
            foreach (Match tag in Tag().Matches(Comment().Replace(text, "")))
            {
                if (tag.Groups["close"].Success)
                {
                    open.Count--;
                }
                else if (!tag.Groups["self"].Success && !VoidElements.Contains(tag.Groups["name"].Value))
                {
                    open.Count++;
                }
            }
        }
        return open.Count <= 0 && open.Unended.Length == 0;
    }

    [GeneratedRegex("""<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(?<self>/)?>""", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex("<!--.*?-->", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Comment();
}
