using BlogGen.Content;

using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>
/// The paginated home page. The site's own root index page is paginated when it exists (as jekyll-paginate does);
/// otherwise the home is generated with the <c>home</c> layout, so a folder of posts alone gets one.
/// </summary>
public sealed class HomePageGenerator : ISiteGenerator
{
    public GeneratorResult Generate(SiteSnapshot site)
    {
        var index = site.Pages.FirstOrDefault(p => p.Document.Url == "/" && p.Document.Format != DocumentFormat.Other);
        var layout = index is null || !index.Document.FrontMatter.ContainsKey("layout") ? "home" : index.Document.Layout;
        var template = index?.Page ?? new ScriptObject
        {
            ["title"] = "",
            ["url"] = "/",
            ["layout"] = "home",
            ["tags"] = new ScriptArray(),
            ["categories"] = new ScriptArray(),
            ["content"] = "",
            ["excerpt"] = "",
        };
        var origin = index?.Document.Source.RelativePath ?? "(home page)";
        var posts = site.Posts.Select(p => p.Page).ToList();
        var pages = Pagination.Paginate(posts.Count, site.Config.Paginate, "/", site.Config.PaginatePath)
            .Select(slice =>
            {
                var page = (ScriptObject)template.Clone(false);
                page.IsReadOnly = false;
                page["url"] = slice.Url;
                return new GeneratedPage(slice.Url, layout, page, PaginatorObject.For(slice, posts), origin);
            })
            .ToList();
        return new GeneratorResult(pages, [], index is null ? [] : [index.Document], []);
    }
}
