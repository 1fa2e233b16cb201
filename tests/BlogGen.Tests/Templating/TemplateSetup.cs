using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Stylesheets;
using BlogGen.Templating;
using BlogGen.Tests.TestSupport;

using Scriban.Runtime;

namespace BlogGen.Tests.Templating;

/// <summary>
/// A temp site's templates and documents wired as a build wires them: configuration, scan, theme, template library,
/// page objects (read-only, posts newest first), the site object, Jekyll's filters, and the renderer.
/// </summary>
internal sealed class TemplateSetup
{
    private readonly Dictionary<string, PageObject> _pages;

    private TemplateSetup(TemplateLibrary library, IReadOnlyList<Diagnostic> libraryDiagnostics, PageRenderer renderer,
        Dictionary<string, PageObject> pages, ScriptObject site)
    {
        Library = library;
        LibraryDiagnostics = libraryDiagnostics;
        Renderer = renderer;
        _pages = pages;
        Site = site;
    }

    public TemplateLibrary Library { get; }

    public IReadOnlyList<Diagnostic> LibraryDiagnostics { get; }

    public PageRenderer Renderer { get; }

    public ScriptObject Site { get; }

    public static TemplateSetup Load(TempSite site, ConfigOverrides? overrides = null)
    {
        var config = site.LoadConfig(overrides);
        var tree = SourceScanner.Scan(config, site.Destination);
        var (theme, _) = ThemeLoader.Load(config, tree);
        var (library, diagnostics) = TemplateLibrary.Create(theme);

        var posts = tree.Posts.Select(f => DocumentReader.Read(f, DocumentKind.Post, config).Document).OfType<Document>()
            .OrderByDescending(d => d.Date).ToList();
        var pages = tree.Others.Where(f => DocumentReader.StartsWithFrontMatter(f.FullPath))
            .Select(f => DocumentReader.Read(f, DocumentKind.Page, config).Document).OfType<Document>().ToList();
        var documents = posts.Concat(pages).ToList();
        var taxonomyUrls = TaxonomyUrls.FromConfig(config.Values);
        var objects = new TemplateObjects();
        objects.BeginSite(config, documents, posts.Count, SiteTaxonomy.Of(posts, TaxonomyKind.Tags, taxonomyUrls),
            SiteTaxonomy.Of(posts, TaxonomyKind.Categories, taxonomyUrls), new Dictionary<string, object?>(StringComparer.Ordinal), settings: 0);
        objects.Complete([.. documents.Select(d => new RenderedDocument(d, "", "", "", "", []))], [.. documents.Select(_ => PageFacts.None)]);

        var sass = new SassCompiler(theme.SassDirectories, "expanded", SassCompiler.FindProgram());
        var functions = new SiteFunctions(new SiteUrls(config.Url, config.BaseUrl), config.TimeZone, config.BuildTime, text => $"<p>{text}</p>",
            new DocumentUrls(documents), taxonomyUrls, sass: (text, indented) => sass.Compile(text, Path.Combine(site.Root, indented ? "x.sass" : "x.scss"), "", 1));
        return new TemplateSetup(library, diagnostics, new PageRenderer(library, functions, objects, "9.9.9"),
            documents.ToDictionary(d => d.Source.RelativePath, objects.PageOf, StringComparer.Ordinal), objects.Site);
    }

    public ScriptObject Page(string relativePath) => _pages[relativePath];
}
