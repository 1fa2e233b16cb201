using BlogGen.Markdown.CjkLineBreaks;
using BlogGen.Markdown.HeadingIds;
using BlogGen.Markdown.Highlighting;
using BlogGen.Markdown.RawHtml;
using BlogGen.Markdown.SafeUrls;

using Markdig;

namespace BlogGen.Markdown;

/// <summary>BlogGen's Markdig extensions, added the way Markdig's own <c>UseXxx</c> methods add theirs.</summary>
internal static class MarkdownPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingIdExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseSafeUrls(this MarkdownPipelineBuilder pipeline, Func<string, bool> isSafeUrl, Func<string, bool> isSafeImageUrl)
    {
        pipeline.Extensions.AddIfNotAlready(new SafeUrlExtension(isSafeUrl, isSafeImageUrl));
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseRawHtmlDetection(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<RawHtmlDetectionExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseSyntaxHighlighting(this MarkdownPipelineBuilder pipeline, CodeHighlighter highlighter)
    {
        pipeline.Extensions.AddIfNotAlready(new HighlightingExtension(highlighter));
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseCjkLineJoining(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CjkLineBreakExtension>();
        return pipeline;
    }
}
