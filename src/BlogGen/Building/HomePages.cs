using System.Text;

using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Output;
using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Building;

/// <summary>
/// The paginated home page. The site's own root index page is paginated when it exists (as jekyll-paginate does);
/// otherwise the home is generated with the <c>home</c> layout, so a folder of posts alone gets one.
/// </summary>
internal sealed class HomePages
{
    private readonly Document? _index;
    private readonly ScriptObject _indexPage;
    private readonly string? _layout;
    private readonly IReadOnlyList<PaginatorPage> _pages;

    private HomePages(Document? index, ScriptObject indexPage, string? layout, IReadOnlyList<PaginatorPage> pages)
    {
        _index = index;
        _indexPage = indexPage;
        _layout = layout;
        _pages = pages;
    }

    public int Count => _pages.Count;

    public static HomePages Plan(IReadOnlyList<Document> pages, SiteConfig config, int postCount, IReadOnlyDictionary<Document, ScriptObject> objects)
    {
        var index = pages.FirstOrDefault(p => p.Url == "/" && p.Format != DocumentFormat.Other);
        var layout = index is null || !index.FrontMatter.ContainsKey("layout") ? "home" : index.Layout;
        var page = index is null
            ? new ScriptObject { ["title"] = "", ["url"] = "/", ["tags"] = new ScriptArray(), ["categories"] = new ScriptArray(), ["content"] = "" }
            : objects[index];
        return new HomePages(index, page, layout, Pagination.Paginate(postCount, config.Paginate, "/", config.PaginatePath));
    }

    public bool Replaces(Document document) => ReferenceEquals(document, _index);

    public IEnumerable<OutputFile> Render(PageRenderer renderer, ScriptArray posts, DiagnosticBag diagnostics, IBuildProgress? progress)
    {
        var files = new OutputFile?[_pages.Count];
        var requestedBy = _index?.Source.RelativePath ?? "(home page)";
        Parallel.For(0, _pages.Count, i =>
        {
            var slice = _pages[i];
            var page = (ScriptObject)_indexPage.Clone(false);
            page.IsReadOnly = false;
            page["url"] = slice.Url;
            var paginator = Paginator(slice, posts);
            var result = renderer.RenderLayouts((string?)page["content"] ?? "", _layout, page, paginator, requestedBy);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Output is not null && UrlPath.TryNormalize(slice.Url, out var url, out _))
            {
                files[i] = OutputFile.Rendered(UrlPath.ToOutputPath(url), Encoding.UTF8.GetBytes(result.Output));
            }
            progress?.Advance();
        });
        return files.OfType<OutputFile>();
    }

    private static ScriptObject Paginator(PaginatorPage slice, ScriptArray posts)
    {
        var pagePosts = new ScriptArray();
        for (var i = slice.First; i < slice.First + slice.Count; i++)
        {
            pagePosts.Add(posts[i]);
        }
        return new ScriptObject
        {
            ["posts"] = pagePosts,
            ["page"] = slice.Number,
            ["per_page"] = slice.PerPage,
            ["total_posts"] = slice.TotalItems,
            ["total_pages"] = slice.TotalPages,
            ["previous_page"] = slice.PreviousUrl is null ? null : slice.Number - 1,
            ["next_page"] = slice.NextUrl is null ? null : slice.Number + 1,
            ["previous_page_path"] = slice.PreviousUrl,
            ["next_page_path"] = slice.NextUrl,
        };
    }
}
