using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.RawHtml;

/// <summary>
/// Records whether a document has any HTML block or inline HTML (comments included): only such
/// documents can carry markup Markdig did not write, so only they need the sanitizer.
/// </summary>
internal sealed class RawHtmlDetectionExtension : DocumentPassExtension
{
    public static bool ContainsRawHtml(MarkdownDocument document) => ResultOf<RawHtmlDetectionExtension>(document) is true;

    protected override object? Process(MarkdownDocument document) =>
        document.Descendants().Any(node => node is HtmlBlock or HtmlInline);
}
