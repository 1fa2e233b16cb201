using BenchmarkDotNet.Attributes;

using BlogGen.Content;
using BlogGen.Markdown;
using BlogGen.Sanitizing;
using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Benchmarks;

/// <summary>
/// The default theme's post layout (and the default layout around it) for one post of the 60-post site, wired as a
/// build wires it: theme, template library, read-only page and site objects, Jekyll's filters.
/// </summary>
public class TemplateBenchmarks
{
    private PageRenderer _renderer = null!;
    private ScriptObject _page = null!;
    private string _content = "";
    private string _path = "";

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
        _content = sanitizer.Sanitize(markdown.Render(post.Body).Html).Html;
        _path = post.Source.RelativePath;

        var pages = site.Posts.ToDictionary(p => p, TemplateModel.Page);
        _page = pages[post];
        _page["content"] = _content;
        List<ScriptObject> posts = [.. site.Posts.Select(p => pages[p])];
        var siteObject = TemplateModel.Site(site.Config, posts, [], TemplateModel.GroupByName(posts, "tags"), TemplateModel.GroupByName(posts, "categories"),
            new Dictionary<string, object?>(StringComparer.Ordinal));
        ScriptValues.ReadOnly(siteObject);
        foreach (var page in pages.Values)
        {
            page.IsReadOnly = true;
        }

        var urls = new SiteUrls(site.Config.Url, site.Config.BaseUrl);
        var globals = new SiteFunctions(urls, site.Config.TimeZone, site.Config.BuildTime, text => text,
            new DocumentUrls(site.Posts), TaxonomyUrls.FromConfig(site.Config.Values)).ToScriptObject();
        globals["site"] = siteObject;
        _renderer = new PageRenderer(library, globals);
        if (RenderPostLayout().Output is null)
        {
            throw new InvalidOperationException("the post layout did not render");
        }
    }

    [Benchmark(Description = "PageRenderer.RenderLayouts (default theme, post)")]
    public RenderResult RenderPostLayout() => _renderer.RenderLayouts(_content, "post", _page, null, _path);
}
