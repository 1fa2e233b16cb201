using System.Net;

namespace BlogGen.Generators;

/// <summary>
/// <c>/404.html</c>, which GitHub Pages and most hosts serve for a missing page: the theme's <c>page</c> layout with a
/// short message and a link home. Not written when the site has its own 404 page.
/// </summary>
public sealed class NotFoundPageGenerator : ISiteGenerator
{
    private const string Url = "/404.html";

    public GeneratorResult Generate(SiteSnapshot site)
    {
        if (!site.Features.NotFoundPage || SiteOwnFiles.Provides(site, "404.html"))
        {
            return new GeneratorResult([], [], [], []);
        }
        // Served at any depth of the site, so the link is root-relative with the baseurl, never relative.
        var home = WebUtility.HtmlEncode(site.Urls.Relative("/"));
        var content = "<p>Sorry, there is no page at this address. It may have moved, or the link may be mistyped.</p>\n"
            + $"<p><a href=\"{home}\">Go to the home page</a></p>\n";
        return GeneratorResult.Of(
        [
            new GeneratedPage(Url, "page", "(404 page)")
            {
                Title = "Page not found",
                Content = content,
                Members = [KeyValuePair.Create<string, object?>("sitemap", false)],
            },
        ]);
    }
}
