using BlogGen.Building.Caching;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Hashing;
using BlogGen.Markdown;
using BlogGen.Sanitizing;
using BlogGen.Stylesheets;
using BlogGen.Templating;

namespace BlogGen.Building;

/// <summary>
/// Turns a document's body (Liquid already applied) into safe HTML and its excerpt. The sanitizer runs on every
/// HTML body and on Markdown that holds raw HTML; Markdown without raw HTML is safe once its URLs were checked.
/// With a cache, a body converted by an earlier build is reused when nothing that shapes it changed.
/// </summary>
/// <param name="settings">A hash of the configuration the conversion depends on, part of every cache key.</param>
/// <param name="keys">
/// The key of each document's body as written, kept by the session while the document object is the same: an unchanged
/// file is the same object build after build, and hashing every body again is most of what a rebuild costs here.
/// </param>
/// <param name="linksAsBefore">
/// Every source path leads to the URL it led to in the last build with this cache: each cached body still holds, as
/// the last build used or made it, so its links are not resolved again.
/// </param>
/// <param name="sass">The Sass compiler of this build, with the site's and theme's Sass folders; none: imports find nothing.</param>
internal sealed class BodyConverter(MarkdownRenderer markdown, HtmlFragmentSanitizer sanitizer, DocumentUrls documents, SiteUrls urls,
    RetainedEntries<UInt128, CachedBody>? cache = null, ObjectMemo<Document, UInt128, UInt128>? keys = null, UInt128 settings = default,
    bool linksAsBefore = false, SassCompiler? sass = null)
{
    private readonly SassCompiler _sass = sass ?? new SassCompiler([], "expanded", SassCompiler.FindProgram());

    public ConvertedBody Convert(Document document, string body)
    {
        if (document.Format == DocumentFormat.Other)
        {
            return new ConvertedBody(body, "", "", "", [], 0, null, []);
        }
        if (document.Format == DocumentFormat.Sass)
        {
            return CompileStylesheets([(document, body)])[0];
        }
        if (cache is null)
        {
            return ConvertAnew(document, body, [], []);
        }
        var key = CacheKey(document, body);
        // Reused only while each link the body resolved still resolves to the same URL.
        if (cache.TryReuse(key, cached => linksAsBefore || cached.Links.All(link => ResolveSitePath(document, link.Path) == link.Url), out var cached))
        {
            return cached.Body;
        }
        var links = new List<ResolvedLink>();
        var converted = ConvertAnew(document, body, links, []);
        cache.Add(key, new CachedBody(converted, links));
        return converted;
    }

    /// <summary>
    /// What the sanitizer removes from a document's body (Liquid already applied), each removal with its rule and its
    /// line in the file (0 when it came from front matter): converted anew, whatever the cache holds.
    /// </summary>
    public IReadOnlyList<SanitizeRemoval> ExplainSanitizing(Document document, string body)
    {
        var removals = new List<SanitizeRemoval>();
        if (document.Format is DocumentFormat.Markdown or DocumentFormat.Html)
        {
            ConvertAnew(document, body, [], removals);
        }
        return removals;
    }

    /// <summary>
    /// Stylesheets' CSS (each document with its text, Liquid already applied), in order: what the cache holds, and the
    /// rest compiled together by one run of Sass (see <see cref="SassCompiler.CompileAll"/>).
    /// </summary>
    public IReadOnlyList<ConvertedBody> CompileStylesheets(IReadOnlyList<(Document Document, string Body)> stylesheets)
    {
        var converted = new ConvertedBody?[stylesheets.Count];
        var keys = new UInt128[stylesheets.Count];
        for (var i = 0; i < stylesheets.Count; i++)
        {
            var (document, body) = stylesheets[i];
            keys[i] = cache is null ? default : new ContentHash().Add(CacheKey(document, body)).Add(_sass.InputsHash).Value;
            if (cache is not null && cache.TryReuse(keys[i], _ => true, out var cached))
            {
                converted[i] = cached.Body;
            }
        }
        var toCompile = Enumerable.Range(0, stylesheets.Count).Where(i => converted[i] is null).ToArray();
        var compiled = _sass.CompileAll([.. toCompile.Select(i => new SassSource(stylesheets[i].Body, stylesheets[i].Document.Source.FullPath,
            stylesheets[i].Document.Source.RelativePath, stylesheets[i].Document.BodyStartLine))]);
        for (var n = 0; n < toCompile.Length; n++)
        {
            var i = toCompile[n];
            converted[i] = Stylesheet(stylesheets[i].Document, keys[i], compiled[n]);
        }
        return converted!;
    }

    /// <summary>
    /// A stylesheet's CSS, kept in the cache by its text and every partial it could import, so a build where none of
    /// them changed runs no Sass. A failure is not kept: the next build tries again. Its file then holds a comment only.
    /// </summary>
    private ConvertedBody Stylesheet(Document document, UInt128 key, (string? Css, Diagnostic? Error) compiled)
    {
        if (compiled.Css is not { } css)
        {
            return new ConvertedBody($"/* {document.Source.RelativePath} was not compiled: see the build's errors */\n", "", "", "", [], 0, null, [compiled.Error!]);
        }
        var converted = new ConvertedBody(css, "", "", "", [], 0, null, []);
        cache?.Add(key, new CachedBody(converted, []));
        return converted;
    }

    // A body Liquid made (or a markdownify text) is new text each time, and hashed.
    private UInt128 CacheKey(Document document, string body) =>
        keys is not null && ReferenceEquals(body, document.Body) ? keys.For(document, settings, d => CacheKeys.Body(settings, d, body)) : CacheKeys.Body(settings, document, body);

    private ConvertedBody ConvertAnew(Document document, string body, List<ResolvedLink> links, List<SanitizeRemoval> removals)
    {
        var diagnostics = new List<Diagnostic>();
        // Looked for after any blank lines the body starts with (Liquid tags on the first lines leave them).
        var textStart = body.Length - body.TrimStart().Length;
        var separator = document.ExcerptSeparator is { Length: > 0 } configured && body.IndexOf(configured, textStart, StringComparison.Ordinal) >= 0
            ? configured
            : null;
        // A comment such as <!--more--> only marks the cut: taken out here, the sanitizer has nothing to report.
        var shownBody = separator is not null && IsHtmlComment(separator) ? body.Replace(separator, "", StringComparison.Ordinal) : body;
        var (html, headings, text) = ToSafeHtml(document, shownBody, diagnostics, removals, links, document.BodyStartLine);

        string excerpt;
        if (FrontMatterValues.String(document.FrontMatter, "excerpt") is { } written)
        {
            excerpt = ToSafeHtml(document, written, diagnostics, removals, links, firstLine: 0).Html;
        }
        else if (separator is not null)
        {
            excerpt = ToSafeHtml(document, body[..body.IndexOf(separator, textStart, StringComparison.Ordinal)], [], [], links, document.BodyStartLine).Html;
        }
        else
        {
            excerpt = FirstParagraph(html);
        }

        // The excerpt is shown on other pages (home, tags, feeds): its in-page links must lead back to the post.
        excerpt = excerpt.Replace("href=\"#", $"href=\"{urls.Relative(document.Url)}#", StringComparison.Ordinal);

        var removed = removals.Count == 0 ? null : Diagnostic.Warning(DiagnosticCodes.SanitizerRemoved, document.Source.RelativePath,
            $"the sanitizer removed {removals.Count} thing(s): {string.Join("; ", removals.Select(removal => removal.Message).Distinct(StringComparer.Ordinal))}. " +
            "Allow them under `sanitize:` in _config.yml if they are safe and needed");
        var report = removed;
        if (IsWholeHtmlDocument(document, shownBody))
        {
            report = Diagnostic.Warning(DiagnosticCodes.PageNotSanitized, document.Source.RelativePath,
                "this page is a whole HTML document without a layout, so it is written as it is, scripts included, as a layout is: " +
                "give it a layout (or take out its <html> and <head>) to have its body sanitized");
            // Its excerpt from front matter was sanitized: what that lost is shown as a warning of its own.
            if (removed is not null)
            {
                diagnostics.Add(removed);
            }
        }
        // Removals are counted in the summary with the files they name; those shown as a warning of their own are not.
        return new ConvertedBody(html, text ?? PlainText.FromHtml(html), excerpt, PlainText.FromHtml(excerpt), headings, report == removed ? removals.Count : 0, report, diagnostics);
    }

    /// <param name="firstLine">The line of the file <paramref name="text"/> starts on; 0 for text from front matter, whose removals have no line.</param>
    /// <returns>The HTML, its headings, and its readable text when the sanitizer read it off the document it parsed (else null).</returns>
    private (string Html, IReadOnlyList<HeadingInfo> Headings, string? Text) ToSafeHtml(Document document, string text, List<Diagnostic> diagnostics,
        List<SanitizeRemoval> removals, List<ResolvedLink> links, int firstLine)
    {
        string html;
        IReadOnlyList<HeadingInfo> headings = [];
        var needsSanitizing = true;
        RawHtmlMarks? marks = null;
        if (document.Format == DocumentFormat.Markdown)
        {
            var rendered = markdown.Render(text, path =>
            {
                var url = ResolveSitePath(document, path);
                links.Add(new ResolvedLink(path, url));
                return url;
            });
            html = rendered.Html;
            headings = rendered.Headings;
            needsSanitizing = rendered.ContainsRawHtml;
            marks = markdown.Marks;
            foreach (var removed in rendered.RemovedUrls)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnsafeLinkRemoved, document.Source.RelativePath,
                    $"the link URL '{removed.Url}' is not allowed (only http, https, mailto and relative URLs are) and was removed; the link text is kept",
                    document.BodyStartLine + removed.Line - 1));
            }
            foreach (var (label, line) in rendered.UnshownFootnotes)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MarkdownSyntaxNotRead, document.Source.RelativePath,
                    $"the footnote '{label}' is not shown: no text refers to it with {label}, or a footnote of the same name (whatever its case) came before, as kramdown leaves such footnotes out; refer to it, rename it, or remove it",
                    document.BodyStartLine + line - 1));
            }
            foreach (var unsupported in rendered.UnsupportedSyntax)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MarkdownSyntaxNotRead, document.Source.RelativePath,
                    $"'{unsupported.Written}' is {unsupported.What}, kramdown syntax BlogGen does not read, so it is shown as written: remove it, or write it another way (see the kramdown section of the content guide)",
                    document.BodyStartLine + unsupported.Line - 1));
            }
        }
        else
        {
            html = text;
            needsSanitizing = !IsWholeHtmlDocument(document, text);
        }
        if (!needsSanitizing)
        {
            return (html, headings, null);
        }
        var sanitized = sanitizer.Sanitize(html, marks);
        removals.AddRange(sanitized.Details.Select(removal =>
            removal with { Line = firstLine > 0 && removal.Line > 0 ? firstLine + removal.Line - 1 : 0 }));
        return (sanitized.Html, headings, sanitized.Text);
    }

    /// <summary>
    /// A page without a layout whose HTML is a whole document (<c>&lt;!DOCTYPE</c> or <c>&lt;html</c> first) is the site's
    /// own template, as a layout is, not an article: it is written as it is, as Jekyll writes it, and named in the build's
    /// summary so it is never a surprise. Posts are always sanitized.
    /// </summary>
    private static bool IsWholeHtmlDocument(Document document, string html)
    {
        if (document.Kind != DocumentKind.Page || document.Format != DocumentFormat.Html || document.Layout is not null)
        {
            return false;
        }
        var start = html.AsSpan().TrimStart();
        return start.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A relative path to a source file becomes that file's URL; a root-relative path gets the base URL, so
    /// <c>![](/assets/x.png)</c> works on a project site under <c>/repo/</c> as it does at the root.
    /// </summary>
    private string? ResolveSitePath(Document document, string path)
    {
        if (!path.StartsWith('/'))
        {
            return documents.ForRelativeLink(document.Source.RelativePath, path) is { } url ? urls.Relative(url) : null;
        }
        return urls.IsUnderBaseUrl(path) ? null : urls.Relative(path);
    }

    private static bool IsHtmlComment(string text) =>
        text.StartsWith("<!--", StringComparison.Ordinal) && text.EndsWith("-->", StringComparison.Ordinal);

    /// <summary>The first <c>&lt;p&gt;</c> element; paragraphs cannot nest, so the first closing tag ends it.</summary>
    internal static string FirstParagraph(string html)
    {
        var start = 0;
        while ((start = html.IndexOf("<p", start, StringComparison.Ordinal)) >= 0)
        {
            if (start + 2 < html.Length && html[start + 2] is '>' or ' ')
            {
                var end = html.IndexOf("</p>", start, StringComparison.Ordinal);
                return end < 0 ? "" : html[start..(end + 4)];
            }
            start += 2;
        }
        return "";
    }
}
