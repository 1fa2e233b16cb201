using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Generators.Search;

/// <summary>
/// Site search without a server: the split index under <c>/search/</c> (see <see cref="SearchIndex"/>) and the page
/// <c>/search/</c> (layout <c>search</c>), whose script looks queries up in the browser. <c>search: false</c> in the
/// configuration turns both off. A page of the site's own at <c>/search/</c> is kept in place of the generated one.
/// </summary>
public sealed class SearchGenerator : ISiteGenerator
{
    public const string PageUrl = "/search/";

    private readonly SearchIndex _index = new();

    public GeneratorResult Generate(SiteSnapshot site)
    {
        var diagnostics = new List<Diagnostic>();
        if (!IsEnabled(site.Config, diagnostics))
        {
            return new GeneratorResult([], [], [], diagnostics);
        }
        var hasOwnPage = site.Pages.Any(p => p.Document.Url == PageUrl);
        IReadOnlyList<GeneratedPage> pages = hasOwnPage ? [] : [SearchPage()];
        return new GeneratorResult(pages, _index.Files(site), [], diagnostics);
    }

    private static bool IsEnabled(SiteConfig config, List<Diagnostic> diagnostics)
    {
        var reader = new ConfigValueReader(config.Values, config.ConfigPath, diagnostics);
        switch (reader.Raw("search"))
        {
            case null or true:
                return true;
            case false:
                return false;
            default:
                reader.Report("search", "must be true or false (false turns off the search page and its index under /search/); search stays on");
                return true;
        }
    }

    private static GeneratedPage SearchPage() => new(PageUrl, "search", "(search page)") { Title = "Search" };
}
