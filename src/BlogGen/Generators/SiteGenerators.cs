using BlogGen.Generators.Search;
using BlogGen.Generators.Seo;

namespace BlogGen.Generators;

/// <summary>
/// The enrichers and generators a build runs, in this order. One set belongs to one build session: what they remember
/// from the last build (the last sitemap, the tag pages, the related-post index) is that session's, never another's.
/// </summary>
public sealed class SiteGenerators
{
    public SiteGenerators()
    {
        Enrichers =
        [
            new SeoEnricher(),
            new TableOfContentsEnricher(),
            new ReadingTimeEnricher(),
            new RelatedPostsEnricher(TaxonomyInputs),
            new CommentsEnricher(),
        ];
        Generators =
        [
            new HomePageGenerator(),
            new SearchGenerator(),
            new FeedGenerator(),
            new SitemapGenerator(),
            new RobotsTxtGenerator(),
            new NotFoundPageGenerator(),
            new RedirectGenerator(),
            new TaxonomyGenerator(TaxonomyKind.Tags),
            new TaxonomyGenerator(TaxonomyKind.Categories),
            new ArchiveGenerator(),
            new PostFeatureSettingsCheck(),
        ];
    }

    /// <summary>The hash of what grouping posts by tag or category depends on, shared by everything that asks for it in a build.</summary>
    public TaxonomyInputs TaxonomyInputs { get; } = new();

    public IReadOnlyList<IPageEnricher> Enrichers { get; }

    public IReadOnlyList<ISiteGenerator> Generators { get; }
}
