using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

using BlogGen.Content;

using Ganss.Xss;

namespace BlogGen.Sanitizing;

/// <summary>
/// Holds an HTML fragment (a post body) to a <see cref="SanitizePolicy"/>. Build one per policy and
/// share it: <see cref="Sanitize"/> may be called from many threads at once.
/// </summary>
public sealed class HtmlFragmentSanitizer
{
    internal const string StyleAttribute = "style";

    /// <summary>What the fragment is parsed after: a document whose body it is.</summary>
    internal const string DocumentStart = "<!doctype html><html><body>";

    // Scripting on, as in the browsers that will show the page: <noscript> content is then raw text
    // and cannot hide markup from the sanitizer. No CSS support: style attributes are filtered by
    // InlineStyleFilter, and <style> elements are never allowed. Source references give each removal its line.
    // Made on first use: a build whose bodies all come from the cache never needs them.
    private readonly Lazy<HtmlParser> _parser =
        new(() => new HtmlParser(new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true },
            BrowsingContext.New(AngleSharp.Configuration.Default)));

    private readonly SanitizePolicy _policy;
    private readonly Lazy<PolicyHtmlSanitizer> _sanitizer;
    private readonly InlineStyleFilter? _styleFilter;
    private readonly HashSet<string> _kept;

    public HtmlFragmentSanitizer(SanitizePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        _sanitizer = new(() => new PolicyHtmlSanitizer(policy));
        _styleFilter = policy.Attributes.Contains(StyleAttribute) ? new InlineStyleFilter(policy.CssProperties) : null;
        _kept = PolicyHtmlSanitizer.AllowedElements(policy);
    }

    /// <summary>
    /// Starts making the HTML parser on another thread, for a build that will sanitize every body: the first parse sets
    /// up AngleSharp's tables (its encoding table alone loads some thirty legacy code pages), which on a small site is
    /// a tenth of the build, and otherwise stands in the way of the first body while the other core waits.
    /// </summary>
    public void PrepareInBackground()
    {
        if (_policy.Enabled && !_parser.IsValueCreated)
        {
            // A failure here is the first body's to report: the parser's Lazy keeps it for that call.
            _ = Task.Run(() => _parser.Value.ParseDocument(DocumentStart).Dispose());
        }
    }

    /// <summary>
    /// The fragment with everything outside the policy removed, and each removal with the line it came from: the body
    /// line the Markdown stage marked (see <see cref="RawHtmlMarks"/>), or the fragment's own line in an HTML body.
    /// </summary>
    /// <param name="html">The fragment.</param>
    /// <param name="marks">The marks the Markdown renderer that wrote <paramref name="html"/> put in it; null for HTML a
    /// writer wrote, where any comment that looks like a mark is the writer's own.</param>
    public SanitizeResult Sanitize(string html, RawHtmlMarks? marks = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!_policy.Enabled)
        {
            return new SanitizeResult(marks?.Strip(html) ?? html, []);
        }

        var log = new RemovalLog();
        html = HtmlNestingLimiter.Limit(html, out var flattened);
        if (flattened > 0)
        {
            log.Add(RemovalMessages.NestingFlattened(flattened, HtmlNestingLimiter.MaxDepth));
        }
        html = RawHtmlBoundaries.Apply(html, marks, _kept.Contains, log, out var lines);
        using var document = _parser.Value.ParseDocument(DocumentStart + html);
        var body = document.Body!;
        var frames = EmbeddedFrames.Check(body, _policy.Embeds, log);
        if (_kept.Contains("svg"))
        {
            SvgSubset.Check(body, log);
        }
        var styles = _styleFilter is null ? [] : DetachStyles(body);
        _sanitizer.Value.Sanitize(document, body, log);
        if (_styleFilter is not null)
        {
            RestoreStyles(body, styles, _styleFilter, log);
        }
        EmbeddedFrames.Seal(body, frames);
        ProtectOpener(body);
        // The parser adds elements not written (a table's <tbody> and <tr>), so the tree can nest deeper than the HTML
        // it was parsed from was let: its text is then left to be read from the HTML written, as any other HTML's is.
        return new SanitizeResult(body.ChildNodes.ToHtml(HtmlFormatter.Instance), log.Resolve(lines.LineAt),
            PlainText.Of(body, HtmlNestingLimiter.MaxDepth));
    }

    /// <summary>
    /// Whether a link to <paramref name="url"/> may be kept: the scheme check every URL attribute gets
    /// (http, https, mailto and relative URLs by default). Always true when sanitizing is off.
    /// </summary>
    public bool IsSafeUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return !_policy.Enabled || _sanitizer.Value.IsSafeUrl(url);
    }

    /// <summary>
    /// Whether an image from <paramref name="url"/> may be kept: <see cref="IsSafeUrl"/>, or a
    /// <c>data:</c> URL of a PNG, JPEG, GIF or WebP image, as allowed in <c>&lt;img src&gt;</c>.
    /// </summary>
    public bool IsSafeImageUrl(string url) => IsSafeUrl(url) || UrlSafety.IsRasterDataImage(url);

    /// <summary>Takes every style attribute out before HtmlSanitizer runs, so it never builds a CSS object model for them.</summary>
    private static List<(IElement Element, string Css)> DetachStyles(IHtmlElement body)
    {
        var styles = new List<(IElement, string)>();
        foreach (var element in body.QuerySelectorAll("[style]"))
        {
            styles.Add((element, element.GetAttribute(StyleAttribute)!));
            element.RemoveAttribute(StyleAttribute);
        }
        return styles;
    }

    private static void RestoreStyles(
        IHtmlElement body, List<(IElement Element, string Css)> styles, InlineStyleFilter filter, RemovalLog log)
    {
        foreach (var (element, css) in styles)
        {
            if (!body.Contains(element))
            {
                continue;
            }
            var kept = filter.Filter(css, element.LocalName, log, SourceOffsets.Of(element));
            if (kept.Length > 0)
            {
                element.SetAttribute(StyleAttribute, kept);
            }
        }
    }

    /// <summary>A page opened with <c>target="_blank"</c> must not get a handle on this one.</summary>
    private static void ProtectOpener(IHtmlElement body)
    {
        foreach (var link in body.QuerySelectorAll("a[target]"))
        {
            if (!string.Equals(link.GetAttribute("target")!.Trim(), "_blank", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var rel = (link.GetAttribute("rel") ?? "")
                .Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries)
                .Select(token => token.ToLowerInvariant())
                .Union(["noopener", "noreferrer"], StringComparer.Ordinal);
            link.SetAttribute("rel", string.Join(' ', rel));
        }
    }
}
