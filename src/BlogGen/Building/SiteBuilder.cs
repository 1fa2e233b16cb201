using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using System.Text;

using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Hashing;
using BlogGen.Markdown;
using BlogGen.Output;
using BlogGen.Sanitizing;
using BlogGen.Sources;
using BlogGen.Stylesheets;
using BlogGen.Templating;

using Diagnostic = BlogGen.Diagnostics.Diagnostic;

namespace BlogGen.Building;

/// <summary>Runs the pipeline: configuration, content, Markdown, sanitizing, templates, generators, output.</summary>
public static class SiteBuilder
{
    public static string Version => ToolVersion.Number;

    public static BuildResult Build(BuildOptions options, IBuildProgress? progress = null)
    {
        var clock = Stopwatch.StartNew();
        // Taken now and given back once the files are read: a build that stops before that leaves no tree to trust.
        var lastScan = options.Session?.LastScan;
        options.Session?.LastScan = null;
        var lastLinks = options.Session?.LastLinks;
        options.Session?.LastLinks = null;
        var lastLayouts = options.Session?.LastLayouts;
        options.Session?.LastLayouts = null;
        var changed = lastScan is null ? null : options.Changed;
        var diagnostics = new DiagnosticBag();
        var source = Path.GetFullPath(options.Source);
        var destination = options.DestinationOrDefault;

        var (config, configDiagnostics) = ConfigLoader.Load(source, options.Overrides);
        diagnostics.AddRange(configDiagnostics);
        if (configDiagnostics.Any(d => d.Code is DiagnosticCodes.ConfigInvalid or DiagnosticCodes.ConfigUnreadable))
        {
            return Stopped(diagnostics, clock);
        }
        if (options.Memory is null && DestinationProblem(source, destination) is { } problem)
        {
            diagnostics.Add(problem);
            return Stopped(diagnostics, clock);
        }
        var standalone = options.Session is null && options.Memory is null;
        using var buildLock = standalone
            ? BuildLock.Take(source, options.WaitForOtherBuild, () => progress?.Stage("Waiting for another build of this site to finish", 0))
            : null;
        if (standalone && buildLock is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OtherBuildRunning, BuildLock.RelativePath, string.Create(CultureInfo.InvariantCulture,
                $"another bloggen build of this site still held this lock after {options.WaitForOtherBuild.TotalSeconds:0.#} seconds of waiting: ")
                + "let it finish or stop it, then build again; nothing was read or written"));
            return Stopped(diagnostics, clock);
        }

        var scan = ScanOrReuse(config, destination, changed, lastScan);
        var tree = scan.Tree;
        diagnostics.AddRange(tree.Diagnostics);
        // Why a cache file was not used, for the summary: the build is a full one then, and the user may wonder why.
        // Files are read one at a time (the search index's only by the search generator), so a plain list serves.
        var cacheIgnored = new List<string>();
        // Bundler's answers: the session's, or for a build on its own those a build of this site kept in its cache folder.
        var bundler = options.Session?.Bundler ?? BundlerCacheFile.Load(source, config.SourceDirectory, cacheIgnored);
        var (theme, themeDiagnostics) = ThemeLoader.Load(config, tree, bundler);
        if (options.Session is null)
        {
            BundlerCacheFile.SaveIfAsked(bundler, source, config.SourceDirectory);
        }
        diagnostics.AddRange(themeDiagnostics);
        // Jekyll's excerpt is the text before the first blank line unless excerpt_separator says otherwise; a BlogGen
        // site's is the first paragraph.
        config = config with
        {
            Values = MergeUnder(theme.Config, config.Values),
            ExcerptSeparator = config.ExcerptSeparator ?? (theme.IsJekyllSite ? "\n\n" : null),
            DefaultLayouts = !theme.IsJekyllSite,
        };
        var featureDiagnostics = new List<Diagnostic>();
        var features = SiteFeatures.Of(config, theme.IsJekyllSite, featureDiagnostics, theme.Plugins);
        var markdownSettings = MarkdownSettingsReader.Read(config, theme.IsJekyllSite, featureDiagnostics);
        diagnostics.AddRange(featureDiagnostics);
        var data = DataTreeLoader.Load(tree.DataDirectory, config.TimeZone);
        diagnostics.AddRange(data.Diagnostics);

        // A build on its own into a folder looks first: with the sources, settings and output as the last build left
        // them, it would write nothing, and what it would report is what that build reported.
        // An explaining build looks at every body: it neither trusts nor leaves a stamp.
        var inputs = standalone && options.ExplainSanitizing is null ? BuildStamp.InputsOf(options, config, scan.Files, theme, data.Data, DateTime.UtcNow) : null;
        if (inputs is { } knownInputs && BuildStampFile.Load(source, cacheIgnored) is { } stamp
            && stamp.StillHolds(knownInputs, () => BuildStamp.OutputOf(destination), config.BuildTime))
        {
            return stamp.Result with { Elapsed = clock.Elapsed };
        }

        var sanitizeDiagnostics = new List<Diagnostic>();
        var sanitizer = new HtmlFragmentSanitizer(SanitizePolicy.FromConfig(config.Sanitize, config.ConfigPath, sanitizeDiagnostics));
        BlogTemplateContext.PrepareInBackground();
        var session = options.Session ?? BuildCacheFile.Load(source, cacheIgnored);
        if (standalone || session.Bodies.IsEmpty)
        {
            // The parser gets ready on the other core while the cache, templates and sources are read: every body is
            // converted, or a build on its own got past the nothing-changed check above, so most often a post's text
            // changed and its body will be parsed (after an edit at 1,000 posts the first parse waited 70 ms for it).
            sanitizer.PrepareInBackground();
        }
        diagnostics.AddRange(sanitizeDiagnostics);
        var markdown = new MarkdownRenderer(sanitizer.IsSafeUrl, sanitizer.IsSafeImageUrl, session.Highlighter, markdownSettings);

        session.BeginBuild();
        var conversionSettings = CacheKeys.Conversion(config, markdownSettings);
        var content = ContentLoader.Load(WithThemeSources(tree, theme.Sources), config, conversionSettings, session.Reads, session.FrontMatter, changed, diagnostics, progress);
        session.LastScan = scan;
        var taxonomyUrls = TaxonomyUrls.FromConfig(config.Values);
        diagnostics.AddRange(TaxonomyUrls.Check(config.Values, config.ConfigPath));
        var model = SiteModel.Begin(config, content, data.Data, taxonomyUrls, session.Documents, session.TemplateObjects, session.Generators.TaxonomyInputs,
            CacheKeys.Documents(conversionSettings, config));
        var documents = model.Documents;
        var relativeIncludes = IncludeRelativeFiles.Read(config.SourceDirectory, documents, theme.Templates);
        diagnostics.AddRange(relativeIncludes.Diagnostics);
        theme = theme with { RelativeIncludes = relativeIncludes.Files };
        var (library, templateDiagnostics) = TemplateLibrary.Create(theme);
        diagnostics.AddRange(templateDiagnostics);
        var siteUrls = new SiteUrls(config.Url, config.BaseUrl);
        var links = LinkTargets.Of(conversionSettings, documents, content.StaticFiles, lastLinks);
        var documentUrls = links.Urls;
        var sass = new SassCompiler(theme.SassDirectories, SassStyle(config), options.SassProgram ?? SassCompiler.FindProgram());
        var converter = new BodyConverter(markdown, sanitizer, documentUrls, siteUrls, session.Bodies, session.BodyKeys, conversionSettings,
            linksAsBefore: links.Hash == lastLinks?.Hash, sass);
        // scssify and sassify compile as a Sass file at the top of the site does; the error is the filter's, named there.
        var functions = new SiteFunctions(siteUrls, config.TimeZone, config.BuildTime,
            text => converter.Convert(MarkdownSnippet(), text).Html, documentUrls, taxonomyUrls,
            new HeadTagSettings(features.Feed, config.Values.GetValueOrDefault("lang") as string), session.Highlighter,
            (text, indented) => sass.Compile(text, Path.Combine(config.SourceDirectory, indented ? "sassify.sass" : "scssify.scss"), "", 1));
        var renderer = new PageRenderer(library, functions, session.TemplateObjects, Version, config.Environment);

        // Phase 1: every body (see BodyPhase).
        progress?.Stage("Rendering content", documents.Count);
        var sanitizerReports = new DiagnosticBag();
        var phase = new BodyPhase(renderer, converter, session.TemplateObjects, options.ExplainSanitizing, progress);
        var bodies = phase.Run(documents, diagnostics, sanitizerReports);
        var snapshot = model.Snapshot(bodies, siteUrls, Version, features);
        model.Enrich(snapshot, session.Generators.Enrichers);

        // Generators only read the snapshot, which is read-only by now.
        var generated = ParallelMap.Of(session.Generators.Generators, g => g.Generate(snapshot));
        foreach (var generatorResult in generated)
        {
            diagnostics.AddRange(generatorResult.Diagnostics);
        }
        var replaced = generated.SelectMany(g => g.Replaces).ToHashSet();
        // A build on its own writes the search index's cache file now, beside the layouts, and lets its tokens go
        // rather than hold them to the end (see SearchIndexCacheFile.SaveAndForget).
        using var savingSearch = options.Session is null ? BackgroundWork.Run(() => SearchIndexCacheFile.SaveAndForget(session, source)) : BackgroundWork.None();

        // Phase 2: layouts, for documents and generated pages alike.
        var toRender = snapshot.Posts.Concat(snapshot.Pages).Concat(snapshot.Items)
            .Where(r => !replaced.Contains(r.Document))
            .Select(r => GeneratedPage.Of(r.Document))
            .Concat(ParallelMap.Of([.. generated.SelectMany(g => g.Pages)], page => WithItsOwnBody(page, renderer, converter, diagnostics)))
            .ToList();
        // The destination's staging opens before any page is laid out: beyond a budget, pages go to disk as they are rendered.
        using var folder = options.Memory is null ? new DestinationFolder(destination, options.CommitGuard, DestinationFolder.BuildBudget) : null;
        IOutputTarget output = (IOutputTarget?)options.Memory ?? folder!;
        var renderSettings = CacheKeys.Renders(links, theme);
        // A history is kept for a session's next build only: a build on its own would make it for nothing.
        var history = options.Session is null ? null : lastLayouts ?? LayoutHistory.Empty(renderSettings);
        var layouts = new LayoutStage(renderer, session, output, renderSettings, history);
        progress?.Stage("Applying layouts", toRender.Count);
        var outputs = layouts.RenderAll(toRender, diagnostics, progress);

        var files = outputs.OfType<OutputFile>()
            .Concat(generated.SelectMany(g => g.Files).Select(f => OutputFile.Rendered(f.RelativePath, f.Bytes)))
            .Concat(StaticOutputs(theme.Assets, content.StaticFiles))
            .Append(OutputFile.Rendered(".nojekyll", []))
            .ToList();
        files = RemoveCollisions(files, diagnostics);

        session.EndBuild();
        session.LastLinks = links;
        session.LastLayouts = layouts.History;
        // A build on its own saves what it learned for the next one while the site is written: the cache and the
        // destination are different files, and the cache is checked against the destination before any reuse, so
        // neither needs the other finished. Saved last, it was a tenth of a 1,000-post build on one core.
        // The search index's file first: the cache file's writer would write it too while it is not yet saved.
        savingSearch.Wait();
        // Finished before the build lock is let go, even when writing failed: the next build may write the cache too.
        using var saving = options.Session is null ? BackgroundWork.Run(() => BuildCacheFile.Save(session, source)) : BackgroundWork.None();
        progress?.Stage("Writing", files.Count);
        var write = output.Write(files, config.KeepFiles);
        saving.Wait();
        diagnostics.AddRange(write.Diagnostics);

        var result = new BuildResult(content.Posts.Count, content.Pages.Count, content.StaticFiles.Count,
            write.Written, write.Unchanged, write.Deleted, phase.Removals,
            diagnostics.ToSortedList(), sanitizerReports.ToSortedList(), clock.Elapsed)
        {
            BodiesReused = session.Bodies.Hits,
            PagesReused = session.Pages.Hits,
            SanitizingExplanation = phase.Explanation,
            SearchShardsReused = session.Generators.Search.ShardsReused,
            CacheIgnored = [.. cacheIgnored.Order(StringComparer.Ordinal)],
        };
        if (standalone)
        {
            // A build with errors leaves no stamp: the next one does everything again and shows them as they are then.
            // An empty site's feed is dated with the build time.
            var showsBuildTime = layouts.ShowsBuildTime || phase.ShowedBuildTime || content.Posts.Count == 0;
            // A file include_relative read outside the scanned source (in an `_` folder, or excluded) is not among the
            // inputs the stamp looks at, so such a build leaves none.
            var readOutsideScan = relativeIncludes.FullPaths.Any(path => !scan.Files.Contains(path));
            BuildStampFile.Save(inputs is { } stamped && result.Errors == 0 && !readOutsideScan
                ? new BuildStamp(stamped, BuildStamp.OutputOf(destination), config.BuildTime, showsBuildTime,
                    config.ShowFuture ? null : content.Posts.Max(post => post.Date), config.ShowFuture ? null : content.FirstPostHeldBack,
                    result with { NothingChanged = true })
                : null, source);
        }
        return result;
    }

    /// <summary>
    /// Stands in for the document of a <c>markdownify</c> call: Markdown, no front matter. Made per call, not shared: a
    /// document remembers its content hash once asked.
    /// </summary>
    private static Document MarkdownSnippet() => new()
    {
        Kind = DocumentKind.Page,
        Source = new SourceFile("", "(markdownify)"),
        Format = DocumentFormat.Markdown,
        FrontMatter = FrozenDictionary<string, object?>.Empty,
        FrontMatterText = "",
        Body = "",
        BodyStartLine = 1,
        Title = "",
        Date = null,
        Slug = "",
        Tags = [],
        Categories = [],
        Url = "/",
        OutputPath = "index.html",
        Layout = null,
        RenderWithLiquid = false,
        ExcerptSeparator = null,
    };

    /// <summary>
    /// One file that makes a library fail unexpectedly costs that file, not the site: its text is shown as written
    /// and the failure is reported on it.
    /// </summary>
    internal static bool PathsEqual(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    internal static ConvertedBody ConvertOrShowAsWritten(Document document, Func<ConvertedBody> convert)
    {
        try
        {
            return convert();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ShownAsWritten(document, e);
        }
    }

    /// <summary>The body of a document BlogGen failed on with <paramref name="e"/>: its text as written, and an error saying so.</summary>
    internal static ConvertedBody ShownAsWritten(Document document, Exception e)
    {
        var html = "<pre>" + System.Net.WebUtility.HtmlEncode(document.Body) + "</pre>";
        return new ConvertedBody(html, document.Body, "", "", [], 0, null, [Diagnostic.Error(DiagnosticCodes.ContentFailed, document.Source.RelativePath,
            $"BlogGen failed on this file ({e.GetType().Name}: {e.Message}); its text is shown as written. Report it with the file, and change the part that triggers it meanwhile")]);
    }

    /// <summary>
    /// The source folder sorted by what each file is for; the last build's tree when the files reported changed since
    /// are all files of it that are still there.
    /// </summary>
    private static ScannedSource ScanOrReuse(SiteConfig config, string destination, IReadOnlyCollection<string>? changed, ScannedSource? last)
    {
        var settings = CacheKeys.Scan(config, destination);
        return changed is not null && last is not null && last.StillHolds(settings, changed)
            ? last
            : ScannedSource.Of(settings, SourceScanner.Scan(config, destination));
    }

    /// <summary>
    /// A page of a list made from a document whose Liquid reads <c>paginator</c> (a Jekyll site's own <c>index.html</c>
    /// listing <c>paginator.posts</c>) gets the body rendered for it, as jekyll-paginate renders the index once per page.
    /// </summary>
    private static GeneratedPage WithItsOwnBody(GeneratedPage page, PageRenderer renderer, BodyConverter converter, DiagnosticBag diagnostics)
    {
        if (page.Document is not { RenderWithLiquid: true } document || page.Paginator is null
            || !document.Body.Contains("paginator", StringComparison.Ordinal))
        {
            return page;
        }
        var body = renderer.RenderContent(page);
        diagnostics.AddRange(body.Diagnostics);
        var converted = ConvertOrShowAsWritten(document, () => converter.Convert(document, body.Output ?? document.Body));
        diagnostics.AddRange(converted.Diagnostics);
        return page with { ContentForThisPage = converted.Html };
    }

    /// <summary>A theme gem's assets join the site's files, unless the site has its own file of the same path.</summary>
    private static SourceTree WithThemeSources(SourceTree tree, IReadOnlyList<SourceFile> themeSources)
    {
        if (themeSources.Count == 0)
        {
            return tree;
        }
        var own = tree.Others.Select(file => file.RelativePath).ToHashSet(StringComparer.Ordinal);
        return tree with { Others = [.. tree.Others, .. themeSources.Where(file => !own.Contains(file.RelativePath))] };
    }

    /// <summary>Jekyll's <c>sass: style:</c> (<c>expanded</c> or <c>compressed</c>), <c>expanded</c> as jekyll-sass-converter 2 writes unless set.</summary>
    private static string SassStyle(SiteConfig config) =>
        config.Values.GetValueOrDefault("sass") is IReadOnlyDictionary<string, object?> sass && sass.GetValueOrDefault("style") is "compressed"
            ? "compressed"
            : "expanded";

    private static BuildResult Stopped(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(0, 0, 0, 0, 0, 0, 0, diagnostics.ToSortedList(), [], clock.Elapsed);

    /// <summary>Refused before anything is touched: building into the source would overwrite what the user wrote.</summary>
    private static Diagnostic? DestinationProblem(string source, string destination) =>
        SourceScanner.IsSameOrInside(source, destination)
            ? Diagnostic.Error(DiagnosticCodes.DestinationContainsSource, destination.Replace('\\', '/'),
                "the destination is the source folder or contains it, and building would overwrite your files: choose another --destination, such as _site")
            : null;

    private static IReadOnlyDictionary<string, object?> MergeUnder(IReadOnlyDictionary<string, object?> defaults, IReadOnlyDictionary<string, object?> values)
    {
        var merged = new Dictionary<string, object?>(defaults, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            merged[key] = value;
        }
        return merged;
    }

    private static IEnumerable<OutputFile> StaticOutputs(IReadOnlyList<StaticFile> themeAssets, IReadOnlyList<StaticFile> siteFiles)
    {
        var byPath = new SortedDictionary<string, StaticFile>(StringComparer.Ordinal);
        foreach (var file in themeAssets.Concat(siteFiles))
        {
            byPath[file.OutputPath] = file; // the site's own file wins over the theme's
        }
        return byPath.Values.Select(f => f.SourceFullPath is { } path
            ? OutputFile.Copied(f.OutputPath, path)
            : OutputFile.Rendered(f.OutputPath, f.Bytes!));
    }

    /// <summary>The last guard against two outputs on one path (e.g. a static file where a page is written): the first wins.</summary>
    private static List<OutputFile> RemoveCollisions(List<OutputFile> files, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<OutputFile>(files.Count);
        foreach (var file in files)
        {
            if (seen.Add(file.RelativePath))
            {
                result.Add(file);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UrlCollision, file.CopyFrom is null ? file.RelativePath : SourcePaths.Display(Environment.CurrentDirectory, file.CopyFrom),
                    $"another file is already written to '{file.RelativePath}', so this one is skipped: rename one of them or give it another permalink"));
            }
        }
        return result;
    }
}
