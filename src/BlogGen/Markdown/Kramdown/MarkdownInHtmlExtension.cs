using System.Text.RegularExpressions;

using Markdig;
using Markdig.Helpers;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's <c>markdown="1"</c> on an HTML block: <c>&lt;div markdown="1"&gt;</c>, Markdown lines, <c>&lt;/div&gt;</c>
/// (no blank lines needed) gives the element with the inside converted as Markdown and the attribute gone. The inside is
/// parsed with the same pipeline, so it gets every kramdown feature. A block that does not end with its closing tag is
/// left as it is.
/// </summary>
internal sealed partial class MarkdownInHtmlExtension : DocumentPassExtension
{
    /// <summary>The pipeline this extension is part of, set once it is built (it parses the inside of the element).</summary>
    public MarkdownPipeline? Pipeline { get; set; }

    protected override object? Process(MarkdownDocument document)
    {
        if (Pipeline is not { } pipeline)
        {
            return null;
        }
        foreach (var html in document.Descendants<HtmlBlock>().ToList())
        {
            // By text, not by Markdig's lines: an attribute list given to the element has made its lines one.
            var lines = html.Lines.ToString().Split('\n');
            if (lines.Length < 2 || OpeningTag().Match(lines[0]) is not { Success: true } opening
                || !string.Equals(lines[^1].Trim(), $"</{opening.Groups["name"].Value}>", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var inside = Markdig.Markdown.Parse(string.Join('\n', lines[1..^1]), pipeline);
            var parent = html.Parent!;
            var index = parent.IndexOf(html);
            parent.RemoveAt(index);
            parent.Insert(index++, HtmlLine(html, lines[0].Remove(opening.Groups["attribute"].Index, opening.Groups["attribute"].Length)));
            foreach (var block in inside.ToList())
            {
                inside.Remove(block);
                parent.Insert(index++, block);
            }
            parent.Insert(index, HtmlLine(html, lines[^1]));
        }
        return null;
    }

    /// <summary>The name of the element whose opening tag, with <c>markdown="1"</c>, is <paramref name="line"/>; null for any other line.</summary>
    public static string? ElementName(string line) => OpeningTag().Match(line) is { Success: true } opening ? opening.Groups["name"].Value : null;

    private static HtmlBlock HtmlLine(HtmlBlock from, string line)
    {
        var block = new HtmlBlock(null) { Type = from.Type, Line = from.Line, Column = from.Column, Span = from.Span };
        block.Lines = new StringLineGroup(1);
        block.Lines.Add(new StringSlice(line));
        return block;
    }

    /// <summary>An opening tag alone on its line with <c>markdown="1"</c> (or <c>"block"</c>, or <c>"span"</c>).</summary>
    [GeneratedRegex("""^\s{0,3}<(?<name>[A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(?<attribute>\s+markdown\s*=\s*(?:"(?:1|block|span)"|'(?:1|block|span)'|1))[^<>]*>\s*$""",
        RegexOptions.CultureInvariant)]
    private static partial Regex OpeningTag();
}
