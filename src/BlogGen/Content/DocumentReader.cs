using System.Collections.Immutable;
using System.Text;

using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Sources;

namespace BlogGen.Content;

/// <summary>Reads one post, draft, page or collection item: front matter, defaults, date, slug, permalink and output path.</summary>
public static partial class DocumentReader
{
    private static readonly ImmutableArray<string> HtmlExtensions = [".html", ".htm"];

    /// <summary>How much of a file is decoded first in the hope that its front matter ends there: most front matter is under a kilobyte.</summary>
    private const int HeadLength = 4096;

    /// <summary>True when the file starts with a front matter fence; reads only its first bytes.</summary>
    public static bool StartsWithFrontMatter(string fullPath)
    {
        Span<byte> head = stackalloc byte[6];
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head[..read];
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        return bytes.StartsWith("---"u8);
    }

    /// <param name="memo">Front matter parsed by earlier builds, to reuse; none by default.</param>
    public static DocumentReadResult Read(SourceFile file, DocumentKind kind, SiteConfig config, IFrontMatterMemo? memo = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(Diagnostic.Error(DiagnosticCodes.FileUnreadable, file.RelativePath,
                $"cannot read the file ({e.Message}): check its permissions"));
        }
        if (!SourceText.TryGetText(bytes, file.RelativePath, out var utf8, out var decodeError))
        {
            return Failed(decodeError!);
        }
        if (FrontMatterHead(utf8) is { } head)
        {
            return Read(file, head.Text, kind, config, memo, Encoding.UTF8.GetString(utf8[head.Length..]));
        }
        return Read(file, Encoding.UTF8.GetString(utf8), kind, config, memo, bodyApart: null);
    }

    /// <summary>Reads a document from its decoded <paramref name="text"/>; the file itself is looked at only for an undated draft's time.</summary>
    public static DocumentReadResult Read(SourceFile file, string text, DocumentKind kind, SiteConfig config) =>
        Read(file, text, kind, config, memo: null, bodyApart: null);

    /// <summary>
    /// The start of a larger file up to the end of its front matter, decoded, and its length in bytes; null when the
    /// front matter does not end within the first <see cref="HeadLength"/> bytes or the file is not larger. The body is
    /// then decoded on its own, straight into its string: decoding the whole text and copying the body out of it made
    /// two strings of every post's size, a twentieth of a build after one edit at 1,000 posts in allocations alone.
    /// </summary>
    private static (string Text, int Length)? FrontMatterHead(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= HeadLength)
        {
            return null;
        }
        // Cut after a line break: every line in the head is whole, and no character is cut in two.
        var cut = utf8[..HeadLength].LastIndexOf((byte)'\n') + 1;
        var head = Encoding.UTF8.GetString(utf8[..cut]);
        if (FrontMatterParser.BodyStart(head) is not { } bodyStart)
        {
            return null;
        }
        var text = head[..bodyStart];
        return (text, Encoding.UTF8.GetByteCount(text));
    }

    /// <param name="text">The file's text; only up to the end of its front matter when <paramref name="bodyApart"/> is given.</param>
    /// <param name="bodyApart">The body, when decoded apart from <paramref name="text"/>.</param>
    private static DocumentReadResult Read(SourceFile file, string text, DocumentKind kind, SiteConfig config, IFrontMatterMemo? memo, string? bodyApart)
    {
        if (!FrontMatterParser.HasFrontMatter(text))
        {
            if (kind is DocumentKind.Page or DocumentKind.Item)
            {
                return DocumentReadResult.Static;
            }
            return new DocumentReadResult(null, false, true, [Diagnostic.Warning(DiagnosticCodes.NotAPost, file.RelativePath,
                "this file has no front matter, so it is not a post: start it with a '---' line, the post's keys, and another '---' line")]);
        }

        var parsed = FrontMatterParser.Parse(text, file.RelativePath, config.TimeZone, memo);
        if (bodyApart is not null)
        {
            parsed = parsed with { Body = bodyApart };
        }
        if (parsed.Failed)
        {
            return new DocumentReadResult(null, false, false, parsed.Diagnostics);
        }
        var diagnostics = new List<Diagnostic>(parsed.Diagnostics);
        var values = FrontMatterDefaultsApplier.Apply(config.Defaults, file.RelativePath, kind, parsed.Values);

        if (!FrontMatterValues.IsNotFalse(values, "published"))
        {
            return new DocumentReadResult(null, false, true, diagnostics);
        }

        var format = FormatOf(file.RelativePath, kind, config);
        var outputExtension = format switch
        {
            DocumentFormat.Other => Path.GetExtension(file.RelativePath),
            DocumentFormat.Sass => ".css",
            _ => ".html",
        };
        var fileName = Path.GetFileNameWithoutExtension(file.RelativePath);
        DateTimeOffset? date;
        DateTimeOffset? heldBack = null;
        string fileSlug;
        if (kind == DocumentKind.Page)
        {
            date = HasDate(values) ? ResolveDate(values, text, file, config, diagnostics) : null;
            fileSlug = fileName;
        }
        else if (kind == DocumentKind.Item)
        {
            // As Jekyll reads a collection's document: the date and slug from a dated file name, else the build time.
            var hasFileDate = PostDates.TryParseFileName(fileName, config.TimeZone, out var fileDate, out fileSlug);
            date = HasDate(values) ? ResolveDate(values, text, file, config, diagnostics)
                : hasFileDate ? fileDate
                : PostDates.ToSiteTime(config.BuildTime, config.TimeZone);
            if (!hasFileDate)
            {
                fileSlug = fileName;
            }
            // Jekyll lists a document dated in the future in its collection but writes no page for it (see
            // ContentLoader.IsWritten); from its date on, a build writes it.
            heldBack = date > config.BuildTime && !config.ShowFuture ? date : null;
        }
        else
        {
            var hasFileDate = PostDates.TryParseFileName(fileName, config.TimeZone, out var fileDate, out fileSlug);
            date = HasDate(values) ? ResolveDate(values, text, file, config, diagnostics)
                : hasFileDate ? fileDate
                : kind == DocumentKind.Draft ? PostDates.ToSiteTime(File.GetLastWriteTimeUtc(file.FullPath), config.TimeZone)
                : null;
            if (!hasFileDate)
            {
                fileSlug = fileName;
            }
            if (date is null)
            {
                if (!diagnostics.Any(d => d.Severity == Severity.Error))
                {
                    diagnostics.Add(LooksDated(fileName)
                        ? Diagnostic.Error(DiagnosticCodes.DateInvalid, file.RelativePath,
                            $"the file name starts with '{fileName[..fileName.IndexOf('-', 8)]}', which is not a date: fix the file name or add `date:` to the front matter")
                        : Diagnostic.Error(DiagnosticCodes.PostWithoutDate, file.RelativePath,
                            "this post has no date: add `date: YYYY-MM-DD` to its front matter or start its file name with YYYY-MM-DD-"));
                }
                return new DocumentReadResult(null, false, false, diagnostics);
            }
            if (date > config.BuildTime && !config.ShowFuture)
            {
                return new DocumentReadResult(null, false, true, diagnostics) { HeldBackUntil = date };
            }
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new DocumentReadResult(null, false, false, diagnostics);
        }

        var slugSource = FrontMatterValues.String(values, "slug") ?? fileSlug;
        var slug = Slugifier.Slugify(slugSource, SlugMode.Default);
        var title = FrontMatterValues.String(values, "title") ?? (kind == DocumentKind.Page ? "" : Titleize(fileSlug));
        var tags = FrontMatterValues.Words(values, "tags", "tag");
        var categories = FrontMatterValues.Words(values, "categories", "category");

        var url = BuildUrl(file, kind, values, config, date, slugSource, slug, categories, outputExtension, format, text, diagnostics);
        if (url is null)
        {
            return new DocumentReadResult(null, false, false, diagnostics);
        }

        var body = parsed.Body;
        var renderWithLiquid = FrontMatterValues.IsNotFalse(values, "render_with_liquid");
        if (format == DocumentFormat.Markdown && MarkdownNesting.FindTooDeep(body) is { } tooDeep)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ContentNestedTooDeep, file.RelativePath,
                $"lists, quotes, emphasis or brackets nest more than {MarkdownNesting.MaxDepth} levels deep on this line, too deep to render safely: " +
                "the body is shown as plain text; flatten the nesting to show it as Markdown",
                parsed.BodyStartLine + tooDeep.Line - 1));
            body = MarkdownNesting.AsCodeBlock(body);
            renderWithLiquid = false;
        }

        var document = new Document
        {
            Kind = kind,
            Source = file,
            Format = format,
            FrontMatter = values,
            FrontMatterText = parsed.Text,
            Body = body,
            BodyStartLine = parsed.BodyStartLine,
            Title = title,
            Date = date,
            Slug = slug,
            Tags = tags,
            Categories = categories,
            Url = url,
            OutputPath = UrlPath.ToOutputPath(url),
            Layout = LayoutOf(values, kind, format, config.DefaultLayouts),
            // Known once per read: a rebuild does not look through every unchanged body for Liquid again.
            RenderWithLiquid = renderWithLiquid && LiquidMarkup.IsIn(body),
            ExcerptSeparator = FrontMatterValues.String(values, "excerpt_separator") ?? config.ExcerptSeparator,
        };
        return new DocumentReadResult(document, false, false, diagnostics) { HeldBackUntil = heldBack };
    }

    private static DocumentReadResult Failed(Diagnostic diagnostic) => new(null, false, false, [diagnostic]);

    private static DocumentFormat FormatOf(string relativePath, DocumentKind kind, SiteConfig config)
    {
        var extension = Path.GetExtension(relativePath).ToLowerInvariant();
        if (HtmlExtensions.Contains(extension))
        {
            return DocumentFormat.Html;
        }
        // .txt is Markdown only for posts (mirrored articles); a robots.txt page stays a text file.
        if (kind == DocumentKind.Page && extension is ".scss" or ".sass")
        {
            return DocumentFormat.Sass;
        }
        var isMarkdown = config.MarkdownExtensions.Contains(extension) && (extension != ".txt" || kind is DocumentKind.Post or DocumentKind.Draft);
        return isMarkdown ? DocumentFormat.Markdown : DocumentFormat.Other;
    }

    /// <summary>An empty <c>date:</c> is no date, as in Jekyll: the file name's date still counts.</summary>
    private static bool HasDate(IReadOnlyDictionary<string, object?> values) => values.GetValueOrDefault("date") is not null;

    private static DateTimeOffset? ResolveDate(IReadOnlyDictionary<string, object?> values, string text, SourceFile file,
        SiteConfig config, List<Diagnostic> diagnostics)
    {
        var raw = values["date"];
        if (PostDates.TryResolve(raw, config.TimeZone, out var instant))
        {
            return PostDates.ToSiteTime(instant, config.TimeZone);
        }
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DateInvalid, file.RelativePath,
            $"{(FrontMatterValues.String(values, "date") is { } shown ? $"'{shown}'" : "a list or a map")} is not a date: write it as YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +0800 or 2025-02-13T08:55:52Z",
            FrontMatterKeyLine.Find(text, "date")));
        return null;
    }

    private static string? BuildUrl(SourceFile file, DocumentKind kind, IReadOnlyDictionary<string, object?> values, SiteConfig config,
        DateTimeOffset? date, string slugSource, string slug, IReadOnlyList<string> categories, string outputExtension,
        DocumentFormat format, string text, List<Diagnostic> diagnostics)
    {
        var explicitPermalink = FrontMatterValues.String(values, "permalink");
        string built;
        if (kind == DocumentKind.Page)
        {
            var folder = Path.GetDirectoryName(file.RelativePath)?.Replace('\\', '/') ?? "";
            var baseName = Path.GetFileNameWithoutExtension(file.RelativePath);
            var pattern = explicitPermalink ?? DefaultPagePattern(baseName, format, config);
            built = PermalinkBuilder.Build(pattern, PermalinkBuilder.PagePlaceholders(folder.Length == 0 ? "" : "/" + folder, baseName, outputExtension));
        }
        else
        {
            var pattern = explicitPermalink ?? PermalinkStyles.Expand(config.Permalink);
            var placeholders = PermalinkBuilder.PostPlaceholders(date!.Value, Slugifier.Slugify(slugSource, SlugMode.Pretty, cased: true), slug, categories, outputExtension);
            if (kind == DocumentKind.Item)
            {
                var collection = config.CollectionOf(CollectionLabel.Of(file.RelativePath))!;
                var within = CollectionLabel.PathWithin(file.RelativePath);
                // Jekyll's default: /:collection/:path, with the slash or extension of the site's permalink style.
                pattern = explicitPermalink ?? collection.Permalink
                    ?? "/:collection/:path" + (PermalinkStyles.IsPrettyForPages(config.Permalink) ? "/" : ":output_ext");
                placeholders["collection"] = collection.Label;
                placeholders["path"] = within[..^Path.GetExtension(within).Length];
                placeholders["name"] = Slugifier.Slugify(Path.GetFileNameWithoutExtension(file.RelativePath), SlugMode.Default);
            }
            built = PermalinkBuilder.Build(pattern, placeholders);
        }

        if (UrlPath.TryNormalize(built, out var url, out var problem))
        {
            return url;
        }
        var line = explicitPermalink is null ? 0 : FrontMatterKeyLine.Find(text, "permalink");
        var code = problem.Contains("leave the destination", StringComparison.Ordinal)
            ? DiagnosticCodes.PermalinkOutsideDestination
            : DiagnosticCodes.PermalinkInvalid;
        diagnostics.Add(Diagnostic.Error(code, file.RelativePath, $"the permalink '{Printable(built)}' cannot be used: {problem}", line));
        return null;
    }

    /// <summary>Control characters such as NUL shown as <c>\u0000</c>, so a message never carries them to a terminal.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));

    private static string DefaultPagePattern(string baseName, DocumentFormat format, SiteConfig config)
    {
        if (format is DocumentFormat.Other or DocumentFormat.Sass)
        {
            return ":path/:basename:output_ext";
        }
        if (baseName == "index")
        {
            return ":path/";
        }
        return PermalinkStyles.IsPrettyForPages(config.Permalink) ? ":path/:basename/" : ":path/:basename:output_ext";
    }

    private static string? LayoutOf(IReadOnlyDictionary<string, object?> values, DocumentKind kind, DocumentFormat format, bool defaultLayouts)
    {
        if (values.TryGetValue("layout", out var layout))
        {
            return layout is string name && name is not ("none" or "null" or "") ? name : null;
        }
        return !defaultLayouts || format is DocumentFormat.Other or DocumentFormat.Sass ? null : kind is DocumentKind.Post or DocumentKind.Draft ? "post" : "page";
    }

    /// <summary>Jekyll's title for a post without one: the file slug's words capitalised as Ruby does (<c>mIXed</c> is <c>Mixed</c>).</summary>
    private static string Titleize(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));

    /// <summary>Shaped like Jekyll's date prefix (<c>2025-02-30-</c>) even when the date itself is impossible.</summary>
    private static bool LooksDated(string fileName) => DatedName().IsMatch(fileName);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}-", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DatedName();
}
