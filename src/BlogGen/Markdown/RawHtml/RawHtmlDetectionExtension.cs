using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.RawHtml;

/// <summary>
/// Records whether a document has any HTML block or inline HTML (comments included): only such
/// documents can carry markup Markdig did not write, so only they need the sanitizer.
/// </summary>
internal sealed class RawHtmlDetectionExtension : IMarkdownExtension
{
    // Called through MarkdownObjectDataExtensions: document.GetData(key) would bind to the untyped GetData(object) overload.
    // The data this extension leaves on a document is filed under its own type.
    private static Type ContainsRawHtmlKey => typeof(RawHtmlDetectionExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Detect;
        pipeline.DocumentProcessed += Detect;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static bool ContainsRawHtml(MarkdownDocument document) => document.GetData(ContainsRawHtmlKey) is true;

    private static void Detect(MarkdownDocument document) =>
        document.SetData(ContainsRawHtmlKey, document.Descendants().Any(node => node is HtmlBlock or HtmlInline));
}
