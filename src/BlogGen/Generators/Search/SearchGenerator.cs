namespace BlogGen.Generators.Search;

/// <summary>
/// Site search without a server: the split index under <c>/search/</c> (see <see cref="SearchIndex"/>) and the page
/// <c>/search/</c> (layout <c>search</c>), whose script looks queries up in the browser. <c>search: false</c> in the
/// configuration turns both off (see <see cref="SiteFeatures"/>). A page of the site's own at <c>/search/</c> is kept in
/// place of the generated one.
/// </summary>
/// <param name="index">The session's index, remembering the last build's; a new one by default.</param>
public sealed class SearchGenerator(SearchIndex? index = null) : ISiteGenerator
{
    public const string PageUrl = "/search/";

    private readonly SearchIndex _index = index ?? new();

    public GeneratorResult Generate(SiteSnapshot site)
    {
        if (!site.Features.Search)
        {
            return GeneratorResult.Of([]);
        }
        var hasOwnPage = site.Pages.Any(p => p.Document.Url == PageUrl);
        IReadOnlyList<GeneratedPage> pages = hasOwnPage ? [] : [SearchPage()];
        return new GeneratorResult(pages, _index.Files(site), [], []);
    }

    private static GeneratedPage SearchPage() => new(PageUrl, "search", "(search page)") { Title = "Search" };
}
