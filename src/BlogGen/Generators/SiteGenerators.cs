using BlogGen.Generators.Search;
using BlogGen.Generators.Seo;

namespace BlogGen.Generators;

/// <summary>
/// The enrichers and generators a build runs, in this order. One set belongs to one build session: what they remember
/// from the last build (the last sitemap, the tag pages, the related-post index) is that session's, never another's.
/// </summary>
public sealed class SiteGenerators
{
    public SiteGenerators() : this(new SearchIndex())
    {
    }

    /// <param name="search">The search index, which may start from the one the build cache kept.</param>
    internal SiteGenerators(SearchIndex search)
    {
        Search = search;
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
            new SearchGenerator(Search),
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

    /// <summary>The search index, with what it remembers of the last build; the build cache keeps it.</summary>
    public SearchIndex Search { get; }

    /// <summary>The hash of what grouping posts by tag or category depends on, shared by everything that asks for it in a build.</summary>
    public TaxonomyInputs TaxonomyInputs { get; } = new();

    public IReadOnlyList<IPageEnricher> Enrichers { get; }

    public IReadOnlyList<ISiteGenerator> Generators { get; }
}
