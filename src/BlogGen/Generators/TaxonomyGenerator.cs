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
    // The pages of the last build of the session, given again while the terms are the same objects (the build keeps
    // them while no post's place or names changed, and never across configurations, which also holds tag_dir still),
    // the pages are cut the same way, and the site has the same index page or none.
    private readonly LastValue<(SiteTaxonomy Taxonomy, int PerPage, string PaginatePath, bool OwnIndex), GeneratorResult> _last = new((last, current) =>
        ReferenceEquals(last.Taxonomy, current.Taxonomy) && last.PerPage == current.PerPage
        && last.PaginatePath == current.PaginatePath && last.OwnIndex == current.OwnIndex);

    public GeneratorResult Generate(SiteSnapshot site)
    {
        var indexUrl = "/" + kind.DirectoryOf(TaxonomyUrls.FromConfig(site.Config.Values)) + "/";
        var ownIndex = site.Pages.Any(p => p.Document.Url == indexUrl);
        return _last.For((site.Taxonomy(kind), site.Config.Paginate, site.Config.PaginatePath, ownIndex),
            key => Generate(site, key.Taxonomy, indexUrl, key.OwnIndex));
    }

    private GeneratorResult Generate(SiteSnapshot site, SiteTaxonomy taxonomy, string indexUrl, bool ownIndex)
    {
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

        if (taxonomy.Terms.Count > 0 && !ownIndex)
        {
            var index = NewPage(kind.Title(plural: true), indexUrl, "taxonomy-index");
            index["terms"] = taxonomy.ToList();
            pages.Add(new GeneratedPage(indexUrl, "taxonomy-index", index, null, origin));
        }
        return new GeneratorResult(pages, [], [], taxonomy.Diagnostics);
    }

    /// <summary><c>paginate_path</c> as it is for the home page, placed inside the list's folder: <c>/page:num/</c> gives <c>/tags/x/page:num/</c>.</summary>
    public static string PaginatePathInside(string listUrl, string paginatePath) => listUrl + paginatePath.TrimStart('/');

    private ScriptObject NewPage(string title, string url, string layout) =>
        GeneratedPage.NewPageObject(title, url, layout, members: ("taxonomy", kind.Name));
}
