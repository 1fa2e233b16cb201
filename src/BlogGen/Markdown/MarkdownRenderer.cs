using System.Text;

using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Markdown.HeadingIds;
using BlogGen.Markdown.Highlighting;
using BlogGen.Markdown.Kramdown;
using BlogGen.Markdown.RawHtml;
using BlogGen.Markdown.RelativeLinks;
using BlogGen.Markdown.SafeUrls;

using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace BlogGen.Markdown;

/// <summary>
/// Turns a post body into an HTML fragment: CommonMark plus the GitHub set (pipe tables, task lists,
/// bare and <c>www.</c> autolinks, footnotes, strikethrough), GitHub-style heading ids that keep CJK
/// text, fenced code highlighted on the server (<see cref="CodeHighlighter"/>), and unsafe link URLs removed.
/// One instance serves every post; <see cref="Render"/> is thread-safe.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly bool _kramdown;

    /// <summary>Part of the message of the exception Markdig throws when blocks or inlines nest deeper than it allows.</summary>
    private const string MarkdigDepthLimitMessage = "too deeply nested";

    private readonly MarkdownPipeline _pipeline;

    /// <summary>The marks this renderer writes around raw HTML; the sanitizer needs them to read its output.</summary>
    public RawHtmlMarks Marks { get; } = RawHtmlMarks.WithRandomKey();

    /// <param name="isSafeUrl">The sanitizer's URL check; called from many threads at once.</param>
    /// <param name="isSafeImageUrl">The check for image sources; <paramref name="isSafeUrl"/> when not given.</param>
    /// <param name="highlighter">Highlights fenced code; a new one, loading its own grammars, when not given.</param>
    /// <param name="settings">The site's Markdown dialect; BlogGen's when not given.</param>
    public MarkdownRenderer(Func<string, bool> isSafeUrl, Func<string, bool>? isSafeImageUrl = null, CodeHighlighter? highlighter = null,
        MarkdownSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(isSafeUrl);
        settings ??= MarkdownSettings.BlogGen;
        var kramdown = settings.Dialect == MarkdownDialect.Kramdown;
        _kramdown = kramdown;
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists()
            .UseAutoLinks()
            .UseFootnotes()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseSafeUrls(isSafeUrl, isSafeImageUrl ?? isSafeUrl);
        if (kramdown)
        {
            builder.UseKramdownSpans();
        }
        builder.UseHeadingIds(kramdown && !settings.GfmInput ? KramdownHeadingSlug.From : HeadingSlug.From, !kramdown || settings.AutoIds);
        if (kramdown)
        {
            builder.UseKramdownTableOfContents();
        }
        builder
            .UseCjkLineJoining()
            .UseRawHtmlDetection(Marks)
            .UseSyntaxHighlighting(highlighter ?? new CodeHighlighter(), settings.RougeMarkup);
        // Last: the inside of a markdown="1" element is parsed with the whole pipeline, every pass included.
        var markdownInHtml = kramdown ? new MarkdownInHtmlExtension() : null;
        if (markdownInHtml is not null)
        {
            builder.Extensions.Add(markdownInHtml);
        }
        _pipeline = builder.Build();
        markdownInHtml?.Pipeline = _pipeline;
    }

    /// <param name="resolveLink">Maps a link or image path on the site (<c>cli.md</c>, <c>/assets/x.png</c>, percent-decoded)
    /// to the URL to write instead, or null to leave it.</param>
    public MarkdownResult Render(string markdown, Func<string, string?>? resolveLink = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        MarkdownDocument document;
        string html;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
            if (resolveLink is not null)
            {
                RelativeLinkRewriter.Rewrite(document, resolveLink);
            }
            // Markdig rents a pooled HtmlRenderer per call, so concurrent renders never share one.
            html = document.ToHtml(_pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains(MarkdigDepthLimitMessage, StringComparison.Ordinal))
        {
            // Markdig's own guard against a stack overflow: the text is kept, shown as written.
            return new MarkdownResult(AsPreformattedText(markdown), false, [], []);
        }
        return new MarkdownResult(
            html,
            RawHtmlDetectionExtension.ContainsRawHtml(document) || AttributeListExtension.GaveProperties(document),
            HeadingIdExtension.GetHeadings(document),
            SafeUrlExtension.GetRemovedUrls(document))
        {
            UnsupportedSyntax = _kramdown ? UnsupportedKramdownSyntax.In(document, markdown) : [],
            UnshownFootnotes = _kramdown ? KramdownFootnoteParser.Unshown(document) : [],
        };
    }

    private static string AsPreformattedText(string markdown)
    {
        var html = new StringBuilder(markdown.Length + 32).Append("<pre><code>");
        HtmlEscaping.Append(html, markdown);
        return html.Append("</code></pre>\n").ToString();
    }
}
