using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>
/// One paginated page per tag (or category) with the <c>taxonomy</c> layout, at <c>/tags/SLUG/</c>, further pages at
/// <c>paginate_path</c> inside it (<c>/tags/SLUG/page2/</c>); and the index of all of them with the
/// <c>taxonomy-index</c> layout at <c>/tags/</c>, unless the site has its own page there or no post has a tag.
/// </summary>
public sealed class TaxonomyGenerator(TaxonomyKind kind) : ISiteGenerator
{
    public GeneratorResult Generate(SiteSnapshot site)
    {
        var urls = TaxonomyUrls.FromConfig(site.Config.Values);
        var taxonomy = site.Taxonomy(kind);
        var origin = $"({kind.Name} pages)";
        var pages = new List<GeneratedPage>();
        foreach (var termObject in taxonomy.Terms)
        {
            var (name, termUrl) = ((string)termObject["name"]!, (string)termObject["url"]!);
            var posts = ((ScriptArray)termObject["posts"]!).Cast<ScriptObject>().ToList();
            foreach (var slice in Pagination.Paginate(posts.Count, site.Config.Paginate, termUrl, PaginatePathInside(termUrl, site.Config.PaginatePath)))
            {
                var page = NewPage($"{kind.Title(plural: false)}: {name}", slice.Url, "taxonomy");
                page[kind.Name] = name;
                page["term"] = termObject;
                pages.Add(new GeneratedPage(slice.Url, "taxonomy", page, PaginatorObject.For(slice, posts), origin));
            }
        }

        var indexUrl = "/" + kind.DirectoryOf(urls) + "/";
        if (taxonomy.Terms.Count > 0 && !site.Pages.Any(p => p.Document.Url == indexUrl))
        {
            var index = NewPage(kind.Title(plural: true), indexUrl, "taxonomy-index");
            index["terms"] = taxonomy.ToList();
            pages.Add(new GeneratedPage(indexUrl, "taxonomy-index", index, null, origin));
        }
        return new GeneratorResult(pages, [], [], taxonomy.Diagnostics);
    }

    /// <summary><c>paginate_path</c> as it is for the home page, placed inside the list's folder: <c>/page:num/</c> gives <c>/tags/x/page:num/</c>.</summary>
    public static string PaginatePathInside(string listUrl, string paginatePath) => listUrl + paginatePath.TrimStart('/');

    private ScriptObject NewPage(string title, string url, string layout) => new()
    {
        ["title"] = title,
        ["url"] = url,
        ["layout"] = layout,
        ["taxonomy"] = kind.Name,
        ["tags"] = new ScriptArray(),
        ["categories"] = new ScriptArray(),
        ["content"] = "",
        ["excerpt"] = "",
    };
}
