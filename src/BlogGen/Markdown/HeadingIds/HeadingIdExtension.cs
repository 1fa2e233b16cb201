using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BlogGen.Markdown.HeadingIds;

/// <summary>
/// Gives every heading (ATX and setext, at any depth) a GitHub-style <c>id</c> and records the
/// headings on the document for <see cref="GetHeadings"/>.
/// </summary>
internal sealed class HeadingIdExtension : IMarkdownExtension
{
    // Called through MarkdownObjectDataExtensions: document.GetData(key) would bind to the untyped GetData(object) overload.
    // The data this extension leaves on a document is filed under its own type.
    private static Type HeadingsKey => typeof(HeadingIdExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AssignIds;
        pipeline.DocumentProcessed += AssignIds;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static IReadOnlyList<HeadingInfo> GetHeadings(MarkdownDocument document) =>
        document.GetData(HeadingsKey) as IReadOnlyList<HeadingInfo> ?? [];

    private static void AssignIds(MarkdownDocument document)
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

        document.SetData(HeadingsKey, headings);
    }
}
