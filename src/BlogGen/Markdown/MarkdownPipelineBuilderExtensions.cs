using BlogGen.Content;
using BlogGen.Markdown.CjkLineBreaks;
using BlogGen.Markdown.HeadingIds;
using BlogGen.Markdown.Highlighting;
using BlogGen.Markdown.Kramdown;
using BlogGen.Markdown.RawHtml;
using BlogGen.Markdown.SafeUrls;

using Markdig;

namespace BlogGen.Markdown;

/// <summary>BlogGen's Markdig extensions, added the way Markdig's own <c>UseXxx</c> methods add theirs.</summary>
internal static class MarkdownPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline, Func<string, string> slug, bool writeIds)
    {
        pipeline.Extensions.AddIfNotAlready(new HeadingIdExtension(slug, writeIds));
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseSafeUrls(this MarkdownPipelineBuilder pipeline, Func<string, bool> isSafeUrl, Func<string, bool> isSafeImageUrl)
    {
        pipeline.Extensions.AddIfNotAlready(new SafeUrlExtension(isSafeUrl, isSafeImageUrl));
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseRawHtmlDetection(this MarkdownPipelineBuilder pipeline, RawHtmlMarks marks)
    {
        pipeline.Extensions.AddIfNotAlready(new RawHtmlDetectionExtension(marks));
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseSyntaxHighlighting(this MarkdownPipelineBuilder pipeline, CodeHighlighter highlighter, bool rouge)
    {
        pipeline.Extensions.AddIfNotAlready(new HighlightingExtension(highlighter, rouge));
        return pipeline;
    }

    /// <summary>
    /// kramdown's syntax that must be in place before heading ids are given: headers only after a blank line, its emphasis,
    /// typographic symbols, attribute lists (an id they give a heading is kept), math, Rouge's class on inline code,
    /// kramdown's footnotes and task lists (in place of Markdig's, added before), and its no-break space in an empty table cell.
    /// </summary>
    public static MarkdownPipelineBuilder UseKramdownSpans(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingAfterBlockExtension>();
        pipeline.Extensions.AddIfNotAlready<KramdownEmphasisExtension>();
        pipeline.Extensions.AddIfNotAlready<TypographicSymbolExtension>();
        pipeline.Extensions.AddIfNotAlready<AttributeListExtension>();
        pipeline.Extensions.AddIfNotAlready<MathExtension>();
        pipeline.Extensions.AddIfNotAlready<InlineCodeClassExtension>();
        pipeline.Extensions.AddIfNotAlready<KramdownFootnoteExtension>();
        pipeline.Extensions.AddIfNotAlready<KramdownTaskListExtension>();
        pipeline.Extensions.AddIfNotAlready<EmptyTableCellExtension>();
        return pipeline.UseDefinitionLists();
    }

    /// <summary>kramdown's <c>{:toc}</c>, which lists the headings once they have their ids.</summary>
    public static MarkdownPipelineBuilder UseKramdownTableOfContents(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TableOfContentsExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseCjkLineJoining(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CjkLineBreakExtension>();
        return pipeline;
    }
}
