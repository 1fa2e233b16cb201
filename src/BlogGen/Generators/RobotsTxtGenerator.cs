using System.Text;

namespace BlogGen.Generators;

/// <summary>
/// jekyll-sitemap's <c>robots.txt</c>: one line pointing crawlers at the sitemap. Not written when the site has its own,
/// or when <c>url</c> is unset (the <c>Sitemap:</c> line must be an absolute URL).
/// </summary>
public sealed class RobotsTxtGenerator : ISiteGenerator
{
    private const string RobotsPath = "robots.txt";

    public GeneratorResult Generate(SiteSnapshot site)
    {
        if (!site.Features.Sitemap || site.Config.Url.Length == 0 || SiteOwnFiles.Provides(site, RobotsPath))
        {
            return new GeneratorResult([], [], [], []);
        }
        var text = $"Sitemap: {site.Urls.Absolute(SitemapGenerator.SitemapPath)}\n";
        return new GeneratorResult([], [new GeneratedFile(RobotsPath, Encoding.UTF8.GetBytes(text))], [], []);
    }
}
