using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>
/// One paginated page per tag (or category) with the <c>taxonomy</c> layout, at <c>/tags/SLUG/</c>, further pages at
/// <c>paginate_path</c> inside it (<c>/tags/SLUG/page2/</c>); and the index of all of them with the
/// <c>taxonomy-index</c> layout at <c>/tags/</c>, unless the site has its own page there or no post has a tag.
/// </summary>
public sealed class TaxonomyGenerator(TaxonomyKind kind) : ISiteGenerator
{
    // The pages of the last build of the session, given again while the grouping is the one of last time (the build
    // keeps it while no post's place or names changed, and never across configurations, which also holds tag_dir
    // still), the pages are cut the same way, and the site has the same index page or none.
    private readonly LastValue<(SiteTaxonomy Taxonomy, int PerPage, string PaginatePath, bool OwnIndex), GeneratorResult> _last = new((last, current) =>
        ReferenceEquals(last.Taxonomy, current.Taxonomy) && last.PerPage == current.PerPage
        && last.PaginatePath == current.PaginatePath && last.OwnIndex == current.OwnIndex);

    public GeneratorResult Generate(SiteSnapshot site)
    {
        if (!site.Features.TaxonomyPages)
        {
            return GeneratorResult.Of([]);
        }
        var indexUrl = "/" + kind.DirectoryOf(TaxonomyUrls.FromConfig(site.Config.Values)) + "/";
        var ownIndex = site.Pages.Any(p => p.Document.Url == indexUrl);
        return _last.For((site.Taxonomy(kind), site.Config.Paginate, site.Config.PaginatePath, ownIndex),
            key => Generate(site, key.Taxonomy, indexUrl, key.OwnIndex));
    }

    private GeneratorResult Generate(SiteSnapshot site, SiteTaxonomy taxonomy, string indexUrl, bool ownIndex)
    {
        var origin = $"({kind.Name} pages)";
        var pages = new List<GeneratedPage>();
        foreach (var term in taxonomy.Terms)
        {
            foreach (var slice in Pagination.Paginate(term.Posts, site.Config.Paginate, term.Url, PaginatePathInside(term.Url, site.Config.PaginatePath)))
            {
                pages.Add(new GeneratedPage(slice.Url, "taxonomy", origin)
                {
                    Title = $"{kind.Title(plural: false)}: {term.Name}",
                    Members = [Member("taxonomy", kind.Name), Member(kind.Name, term.Name), Member("term", term)],
                    Paginator = slice,
                });
            }
        }

        if (taxonomy.Terms.Count > 0 && !ownIndex)
        {
            pages.Add(new GeneratedPage(indexUrl, "taxonomy-index", origin)
            {
                Title = kind.Title(plural: true),
                Members = [Member("taxonomy", kind.Name), Member("terms", taxonomy.Terms)],
            });
        }
        return new GeneratorResult(pages, [], [], taxonomy.Diagnostics);
    }

    /// <summary><c>paginate_path</c> as it is for the home page, placed inside the list's folder: <c>/page:num/</c> gives <c>/tags/x/page:num/</c>.</summary>
    public static string PaginatePathInside(string listUrl, string paginatePath) => listUrl + paginatePath.TrimStart('/');

    private static KeyValuePair<string, object?> Member(string name, object? value) => KeyValuePair.Create(name, value);
}
