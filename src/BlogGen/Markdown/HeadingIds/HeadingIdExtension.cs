using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BlogGen.Markdown.HeadingIds;

/// <summary>
/// Gives every heading (ATX and setext, at any depth) a GitHub-style <c>id</c> and records the
/// headings on the document for <see cref="GetHeadings"/>.
/// </summary>
internal sealed class HeadingIdExtension : DocumentPassExtension
{
    public static IReadOnlyList<HeadingInfo> GetHeadings(MarkdownDocument document) =>
        ResultOf<HeadingIdExtension>(document) as IReadOnlyList<HeadingInfo> ?? [];

    protected override object? Process(MarkdownDocument document)
    {
        var ids = new UniqueHeadingIds();
        var headings = new List<HeadingInfo>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = InlinePlainText.Of(heading.Inline);
            var id = ids.Claim(HeadingSlug.From(text));
            heading.GetAttributes().Id = id;
            headings.Add(new HeadingInfo(heading.Level, id, text));
        }

        return headings;
    }
}
