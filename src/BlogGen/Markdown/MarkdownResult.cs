namespace BlogGen.Markdown;

/// <summary>The HTML fragment of one Markdown text and what the later stages need to know about it.</summary>
/// <param name="Html">The rendered fragment; raw HTML from the Markdown is passed through unchanged.</param>
/// <param name="ContainsRawHtml">True when the Markdown has any HTML block or inline HTML (comments included),
/// so the fragment needs the sanitizer; false means every tag in <paramref name="Html"/> came from Markdig.</param>
/// <param name="Headings">Every heading with its id, in document order.</param>
/// <param name="RemovedUrls">Unsafe URLs that were not emitted, ordered by line.</param>
public sealed record MarkdownResult(
    string Html,
    bool ContainsRawHtml,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<RemovedUrl> RemovedUrls)
{
    /// <summary>Markup of the site's Markdown flavour that BlogGen does not read (kramdown sites), ordered by line.</summary>
    public IReadOnlyList<UnsupportedSyntax> UnsupportedSyntax { get; init; } = [];

    /// <summary>
    /// Footnote definitions not shown because no text refers to them, or because an earlier one has the same name
    /// (kramdown sites, as kramdown leaves them out): each label as written and its 1-based line.
    /// </summary>
    public IReadOnlyList<(string Label, int Line)> UnshownFootnotes { get; init; } = [];
}
