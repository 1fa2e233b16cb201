using BenchmarkDotNet.Attributes;

using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Markdown;
using BlogGen.Sanitizing;
using BlogGen.Templating;

namespace BlogGen.Benchmarks;

/// <summary>
/// The default theme's post layout (and the default layout around it) for one post of the 60-post site, wired as a
/// build wires it: theme, template library, the template objects of the site's documents, Jekyll's filters.
/// </summary>
public class TemplateBenchmarks
{
    private PageRenderer _renderer = null!;
    private GeneratedPage _post = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = CorpusSite.Load();
        var (theme, _) = ThemeLoader.Load(site.Config, site.Tree);
        var (library, diagnostics) = TemplateLibrary.Create(theme);
        if (diagnostics.Count > 0)
        {
            throw new InvalidOperationException("the default theme has template errors: " + string.Join("; ", diagnostics));
        }

        var sanitizer = new HtmlFragmentSanitizer(SanitizePolicy.Default);
        var markdown = new MarkdownRenderer(sanitizer.IsSafeUrl, sanitizer.IsSafeImageUrl);
        var post = site.Post(RepositoryFiles.MarkdownNote);
        var content = sanitizer.Sanitize(markdown.Render(post.Body).Html, markdown.Marks).Html;

        _post = GeneratedPage.Of(post);
        var documents = site.Posts.ToList();
        var taxonomyUrls = TaxonomyUrls.FromConfig(site.Config.Values);
        var objects = new TemplateObjects();
        objects.BeginSite(site.Config, documents, documents.Count, SiteTaxonomy.Of(documents, TaxonomyKind.Tags, taxonomyUrls),
            SiteTaxonomy.Of(documents, TaxonomyKind.Categories, taxonomyUrls), new Dictionary<string, object?>(StringComparer.Ordinal), settings: 0);
        objects.Complete([.. documents.Select(d => new RenderedDocument(d, d == post ? content : "", "", "", "", []))], [.. documents.Select(_ => PageFacts.None)]);

        var urls = new SiteUrls(site.Config.Url, site.Config.BaseUrl);
        var functions = new SiteFunctions(urls, site.Config.TimeZone, site.Config.BuildTime, text => text, new DocumentUrls(documents), taxonomyUrls);
        _renderer = new PageRenderer(library, functions, objects, "benchmark");
        if (RenderPostLayout().Output is null)
        {
            throw new InvalidOperationException("the post layout did not render");
        }
    }

    [Benchmark(Description = "PageRenderer.RenderPage (default theme, post)")]
    public RenderResult RenderPostLayout() => _renderer.RenderPage(_post, new RenderDependencies());
}
