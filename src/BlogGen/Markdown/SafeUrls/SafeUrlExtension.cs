using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BlogGen.Markdown.SafeUrls;

/// <summary>
/// Puts every URL Markdig would emit through the sanitizer's scheme check (<c>isSafeImageUrl</c> for images, which
/// may also be raster <c>data:</c> URLs) and
/// drops the unsafe ones: a link becomes its text, an image its alt text, an autolink its address.
/// What was dropped is recorded on the document for <see cref="GetRemovedUrls"/>.
/// </summary>
internal sealed class SafeUrlExtension(Func<string, bool> isSafeUrl, Func<string, bool> isSafeImageUrl) : IMarkdownExtension
{
    // Called through MarkdownObjectDataExtensions: document.GetData(key) would bind to the untyped GetData(object) overload.
    // The data this extension leaves on a document is filed under its own type.
    private static Type RemovedUrlsKey => typeof(SafeUrlExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= RemoveUnsafeUrls;
        pipeline.DocumentProcessed += RemoveUnsafeUrls;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static IReadOnlyList<RemovedUrl> GetRemovedUrls(MarkdownDocument document) =>
        document.GetData(RemovedUrlsKey) as IReadOnlyList<RemovedUrl> ?? [];

    private void RemoveUnsafeUrls(MarkdownDocument document) =>
        document.SetData(RemovedUrlsKey, new UnsafeUrlRemover(isSafeUrl, isSafeImageUrl).Remove(document));
}
