using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BlogGen.Markdown.HeadingIds;

/// <summary>
/// Gives every heading (ATX and setext, at any depth) an <c>id</c> and records the headings on the document for
/// <see cref="GetHeadings"/>. The id is GitHub's (<see cref="HeadingSlug"/>) unless the dialect has its own rule; an id
/// the writer gave (a kramdown attribute list) is kept.
/// </summary>
/// <param name="slug">Makes an id from a heading's text.</param>
/// <param name="writeIds">Write the ids into the HTML; off for kramdown's <c>auto_ids: false</c> (the headings are still recorded).</param>
internal sealed class HeadingIdExtension(Func<string, string> slug, bool writeIds = true) : DocumentPassExtension
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
            var attributes = heading.GetAttributes();
            var id = attributes.Id is { Length: > 0 } given ? ids.Claim(given, exact: true) : ids.Claim(slug(text));
            if (writeIds || attributes.Id is not null)
            {
                attributes.Id = id;
            }
            headings.Add(new HeadingInfo(heading.Level, id, text));
        }

        return headings;
    }
}
