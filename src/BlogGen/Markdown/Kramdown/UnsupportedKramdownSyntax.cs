using System.Collections.Immutable;
using System.Text.RegularExpressions;

using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown syntax BlogGen does not read, found in a kramdown site's paragraphs and headings (never in code): the text
/// stays as written, so a reader would see the markup, and a warning with its line says so rather than leaving the
/// writer to find it on the page. (A reference to a definition inside an attribute list, <c>{: name}</c>, is read as
/// an attribute list, as kramdown reads it; it gives nothing because its definition is the warning.)
/// </summary>
internal static partial class UnsupportedKramdownSyntax
{
    /// <summary>Each piece of unsupported syntax, as written and what it is, with its 1-based line in <paramref name="markdown"/>.</summary>
    public static IReadOnlyList<UnsupportedSyntax> In(MarkdownDocument document, string markdown)
    {
        var found = new List<UnsupportedSyntax>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not (ParagraphBlock or HeadingBlock) || block.Span.Start < 0 || block.Span.End >= markdown.Length + 1)
            {
                continue;
            }
            var text = markdown.AsSpan(block.Span.Start, Math.Min(block.Span.Length, markdown.Length - block.Span.Start)).ToString();
            var line = block.Line;
            foreach (var written in text.Split('\n'))
            {
                foreach (var (pattern, what) in Patterns)
                {
                    foreach (Match match in pattern().Matches(written))
                    {
                        if (written.AsSpan(0, match.Index).Count('`') % 2 == 0)
                        {
                            found.Add(new UnsupportedSyntax(match.Value.Trim(), what, line + 1));
                        }
                    }
                }
                line++;
            }
        }
        return found;
    }

    private static readonly ImmutableArray<(Func<Regex> Pattern, string What)> Patterns =
    [
        (Definition, "an attribute list definition"),
        (Extension, "a kramdown extension"),
        (Abbreviation, "an abbreviation definition"),
        (EndOfBlock, "an end-of-block marker"),
        (TableSeparatorWithPlus, "a table separator line with '+' between its columns (write '|' there)"),
        (TableFooterSeparator, "a table footer separator line"),
    ];

    [GeneratedRegex(@"^\s{0,3}\{:[\w-]+:[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Definition();

    [GeneratedRegex(@"\{::(?:comment|nomarkdown|options)\b[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Extension();

    [GeneratedRegex(@"^\s{0,3}\*\[[^\]]+\]:", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"^\s{0,3}\^\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndOfBlock();

    /// <summary><c>|----+----:|</c>: kramdown reads a table with it (pixyll's demo post has one); BlogGen's tables take <c>|</c> only, so the rows stay text.</summary>
    [GeneratedRegex(@"^\s{0,3}\|[ \t]*:?-+:?[ \t]*\+[-+:| \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableSeparatorWithPlus();

    /// <summary><c>|====|====|</c> before a table's footer rows.</summary>
    [GeneratedRegex(@"^\s{0,3}\|[ \t]*=+[=+| \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableFooterSeparator();
}
