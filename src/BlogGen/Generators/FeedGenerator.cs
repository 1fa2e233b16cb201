using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <summary>
/// <c>/feed.xml</c> with the newest posts, and with <c>feed: {tags: true, categories: true}</c> one feed per tag at
/// <c>/feed/by_tag/SLUG.xml</c> and per category at <c>/feed/SLUG.xml</c>, where jekyll-feed puts them.
/// </summary>
public sealed class FeedGenerator : ISiteGenerator
{
    public const string FeedPath = "/feed.xml";

    public GeneratorResult Generate(SiteSnapshot site)
    {
        var diagnostics = new List<Diagnostic>();
        var settings = FeedSettings.Read(site.Config, diagnostics);
        if (site.Config.Url.Length == 0)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SiteUrlMissing, site.Config.ConfigPath,
                "'url' is not set, so the feed, the sitemap and canonical links cannot have absolute URLs and robots.txt is not written: set url: https://your.host in _config.yml"));
        }
        var files = new List<GeneratedFile>();
        if (!site.Features.Feed)
        {
            return new GeneratorResult([], files, [], diagnostics);
        }
        if (!SiteOwnFiles.Provides(site, UrlPath.ToOutputPath(FeedPath)))
        {
            files.Add(Feed(site, FeedPath, site.Config.Title, site.Posts, settings));
        }
        if (settings.Tags)
        {
            files.AddRange(FeedsBy(site, d => d.Tags, "/feed/by_tag/", settings));
        }
        if (settings.Categories)
        {
            files.AddRange(FeedsBy(site, d => d.Categories, "/feed/", settings));
        }
        return new GeneratorResult([], files, [], diagnostics);
    }

    /// <summary>Names that slugify alike ("C#" and "c") share one feed, titled with the first name in ordinal order.</summary>
    private static IEnumerable<GeneratedFile> FeedsBy(SiteSnapshot site, Func<Document, IReadOnlyList<string>> names, string folder, FeedSettings settings)
    {
        var groups = new SortedDictionary<string, (string Name, List<RenderedDocument> Posts)>(StringComparer.Ordinal);
        foreach (var post in site.Posts)
        {
            foreach (var name in names(post.Document).Order(StringComparer.Ordinal))
            {
                var slug = Slugifier.Slugify(name);
                if (slug.Length == 0)
                {
                    continue;
                }
                if (!groups.TryGetValue(slug, out var group))
                {
                    groups[slug] = group = (name, []);
                }
                if (!group.Posts.Contains(post))
                {
                    group.Posts.Add(post);
                }
            }
        }
        foreach (var (slug, group) in groups)
        {
            if (!UrlPath.TryNormalize(folder + slug + ".xml", out var path, out _))
            {
                continue;
            }
            var title = site.Config.Title.Length > 0 ? site.Config.Title + " | " + group.Name : group.Name;
            yield return Feed(site, path, title, group.Posts, settings);
        }
    }

    private static GeneratedFile Feed(SiteSnapshot site, string path, string title, IReadOnlyList<RenderedDocument> posts, FeedSettings settings) =>
        new GeneratedFile(UrlPath.ToOutputPath(path), AtomFeedWriter.Write(site, path, title, [.. posts.Take(settings.PostsLimit)]));
}
