using System.Collections.Frozen;
using System.Text.RegularExpressions;

using BlogGen.Content;

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
/// <see cref="HtmlBlockAttributeList"/> gives to it. An element with <c>markdown="1"</c> goes on over blank lines to its
/// closing tag, as kramdown reads it, when that tag is there to be found (<see cref="MarkdownInHtmlExtension"/> converts
/// its inside). A line starting with one of kramdown's span elements (<c>&lt;span&gt;</c>, <c>&lt;img&gt;</c>,
/// <c>&lt;a&gt;</c>...) starts no HTML block: kramdown makes it a paragraph, Markdown inside and all.
/// </summary>
internal sealed partial class HtmlElementBlockParser : HtmlBlockParser
{
    // A tag longer than this without its '>' is not carried to the next line: the '<' was text, and carrying it on
    // would make every later line of the block pay for it again.
    private const int LongestTagCarried = 4096;

    /// <summary>
    /// How many of a block's lines were counted, how many elements they left open, whether a comment is still open, and
    /// the start of a tag not yet ended on the last of them (it goes on over the next line); kept on the block.
    /// </summary>
    private sealed class OpenElements
    {
        public int Lines { get; set; }

        public int Count { get; set; }

        public bool InComment { get; set; }

        public string Unended { get; set; } = "";

        /// <summary>
        /// The name of the block's element when it has <c>markdown="1"</c>: its inside is Markdown, where <c>`&lt;x&gt;`</c> is
        /// code, so only tags of its own name are counted.
        /// </summary>
        public string? MarkdownElement { get; init; }

        /// <summary>Where the closing tag of a <c>markdown="1"</c> element was found further on; -1 before looking.</summary>
        public int ClosingTagAt { get; set; } = -1;
    }

    /// <summary>kramdown's span-level HTML elements: a line starting with one is a paragraph.</summary>
    private static readonly FrozenSet<string> SpanElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img", "input", "ins",
        "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong",
        "sub", "sup", "tt", "u", "var",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (!processor.IsCodeIndent && LineTag().Match(processor.Line.ToString()) is { Success: true } tag && SpanElements.Contains(tag.Groups["name"].Value))
        {
            return BlockState.None;
        }
        return base.TryOpen(processor);
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is HtmlBlock { Type: HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock } html && !processor.IsBlankLine
            && !(processor.Indent is > 0 and < 4 && processor.CurrentChar == '#') && !processor.Line.AsSpan().StartsWith("{:") && ElementsClosed(html))
        {
            return BlockState.None;
        }
        if (block is HtmlBlock markdownElement && processor.IsBlankLine && ClosesFurtherOn(processor, markdownElement))
        {
            return BlockState.Continue;
        }
        return base.TryContinue(processor, block);
    }

    /// <summary>
    /// Whether the block is a <c>markdown="1"</c> element still open whose closing tag comes further on in the text, on a
    /// line of its own: only such an element's inside is converted (<see cref="MarkdownInHtmlExtension"/>), so one whose
    /// end is anywhere else (<c>text&lt;/div&gt;</c>, in code, another element's) ends at the blank line as before.
    /// </summary>
    private static bool ClosesFurtherOn(BlockProcessor processor, HtmlBlock html)
    {
        if (ElementsClosed(html) || html.GetData(typeof(OpenElements)) is not OpenElements { MarkdownElement: { } name } open)
        {
            return false;
        }
        if (open.ClosingTagAt < processor.Line.Start)
        {
            // A search that found no closing line from some place finds none from any later place: remembered for the
            // document, so a thousand elements never closed do not each read to its end.
            if (processor.Document.GetData(typeof(NoClosingLine)) is not NoClosingLine none)
            {
                none = new NoClosingLine();
                processor.Document.SetData(typeof(NoClosingLine), none);
            }
            open.ClosingTagAt = none.From.TryGetValue(name, out var from) && from <= processor.Line.Start ? -1
                : ClosingLineAt(processor.Line.Text, name, processor.Line.Start);
            if (open.ClosingTagAt < 0)
            {
                none.From[name] = Math.Min(processor.Line.Start, none.From.GetValueOrDefault(name, int.MaxValue));
            }
        }
        return open.ClosingTagAt >= 0;
    }

    /// <summary>Where the next line that is only <c>&lt;/name&gt;</c> (spaces around it allowed) has its tag; -1 when none.</summary>
    private static int ClosingLineAt(string text, string name, int from)
    {
        var tag = "</" + name;
        for (var at = text.IndexOf(tag, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(tag, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end : text.Length;
            if (text.AsSpan(lineStart, lineEnd - lineStart).Trim().Equals(tag + ">", StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>For each element name, the place from which the document has no line closing it.</summary>
    private sealed class NoClosingLine
    {
        public Dictionary<string, int> From { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Counts the block's new lines, each once: an open comment looks only for its end, a tag over lines only
    /// carries its own start.</summary>
    private static bool ElementsClosed(HtmlBlock html)
    {
        if (html.GetData(typeof(OpenElements)) is not OpenElements open)
        {
            open = new OpenElements { MarkdownElement = MarkdownInHtmlExtension.ElementName(html.Lines.Lines[0].Slice.ToString()) };
            html.SetData(typeof(OpenElements), open);
        }
        for (; open.Lines < html.Lines.Count; open.Lines++)
        {
            var line = html.Lines.Lines[open.Lines].Slice.ToString();
            if (open.InComment)
            {
                var end = line.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    continue;
                }
                open.InComment = false;
                line = line[(end + 3)..];
            }
            var text = Comment().Replace(open.Unended.Length == 0 ? line : open.Unended + "\n" + line, "");
            // Closed comments are gone: one still there goes on over the next lines.
            var comment = text.IndexOf("<!--", StringComparison.Ordinal);
            if (comment >= 0)
            {
                open.InComment = true;
                text = text[..comment];
            }
            var lastTag = LastTagStart(text);
            open.Unended = lastTag >= 0 && text.IndexOf('>', lastTag) < 0 && text.Length - lastTag <= LongestTagCarried ? text[lastTag..] : "";
            if (open.Unended.Length > 0)
            {
                text = text[..lastTag];
            }
            foreach (Match tag in Tag().Matches(text))
            {
                if (open.MarkdownElement is { } name && !string.Equals(tag.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if (tag.Groups["close"].Success)
                {
                    open.Count--;
                }
                else if (!tag.Groups["self"].Success && !HtmlNestingLimiter.VoidElements.Contains(tag.Groups["name"].Value))
                {
                    open.Count++;
                }
            }
        }
        return open.Count <= 0 && open.Unended.Length == 0 && !open.InComment;
    }

    /// <summary>Where the last '&lt;' that can start a tag is (one before a letter or '/'); -1 when none: <c>x &lt; y</c> is text.</summary>
    private static int LastTagStart(string text)
    {
        for (var at = text.LastIndexOf('<'); at >= 0; at = at == 0 ? -1 : text.LastIndexOf('<', at - 1))
        {
            if (at + 1 < text.Length && (char.IsAsciiLetter(text[at + 1]) || text[at + 1] == '/'))
            {
                return at;
            }
        }
        return -1;
    }

    [GeneratedRegex("""<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(?<self>/)?>""", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    /// <summary>A line's first tag, after at most three spaces.</summary>
    [GeneratedRegex("^ {0,3}</?(?<name>[A-Za-z][A-Za-z0-9-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex LineTag();

    [GeneratedRegex("<!--.*?-->", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Comment();
}
