using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;
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
        var objects = posts.Concat(pages).ToDictionary(d => d.Source.RelativePath, TemplateModel.Page, StringComparer.Ordinal);
        List<ScriptObject> postObjects = [.. posts.Select(p => objects[p.Source.RelativePath])];
        var siteObject = TemplateModel.Site(config, postObjects, [.. pages.Select(p => objects[p.Source.RelativePath])],
            TemplateModel.GroupByName(postObjects, "tags"), TemplateModel.GroupByName(postObjects, "categories"),
            new Dictionary<string, object?>(StringComparer.Ordinal));
        ScriptValues.ReadOnly(siteObject);
        foreach (var page in objects.Values)
        {
            page.IsReadOnly = true;
        }

        var globals = new SiteFunctions(new SiteUrls(config.Url, config.BaseUrl), config.TimeZone, config.BuildTime, text => $"<p>{text}</p>",
            new DocumentUrls([.. posts, .. pages]), TaxonomyUrls.FromConfig(config.Values)).ToScriptObject();
        globals["site"] = siteObject;
        return new TemplateSetup(library, diagnostics, new PageRenderer(library, globals), objects, siteObject);
    }

    public ScriptObject Page(string relativePath) => _pages[relativePath];
}
