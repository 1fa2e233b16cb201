using BlogGen.Generators.Seo;

namespace BlogGen.Generators;

/// <summary>The enrichers and generators every build runs, in this order.</summary>
public static class SiteGenerators
{
    public static IReadOnlyList<IPageEnricher> Enrichers { get; } =
    [
        new SeoEnricher(),
        new TableOfContentsEnricher(),
        new ReadingTimeEnricher(),
        new RelatedPostsEnricher(),
        new CommentsEnricher(),
    ];

    public static IReadOnlyList<ISiteGenerator> Generators { get; } =
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
