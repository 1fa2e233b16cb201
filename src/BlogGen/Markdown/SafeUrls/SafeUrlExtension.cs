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
internal sealed class SafeUrlExtension(Func<string, bool> isSafeUrl, Func<string, bool> isSafeImageUrl) : DocumentPassExtension
{
    public static IReadOnlyList<RemovedUrl> GetRemovedUrls(MarkdownDocument document) =>
        ResultOf<SafeUrlExtension>(document) as IReadOnlyList<RemovedUrl> ?? [];

    protected override object? Process(MarkdownDocument document) => new UnsafeUrlRemover(isSafeUrl, isSafeImageUrl).Remove(document);
}
