namespace BlogGen.Generators;

/// <summary>The enrichers and generators every build runs, in this order.</summary>
public static class SiteGenerators
{
    public static IReadOnlyList<IPageEnricher> Enrichers { get; } =
    [
        new TableOfContentsEnricher(),
        new ReadingTimeEnricher(),
        new RelatedPostsEnricher(),
        new CommentsEnricher(),
    ];

    public static IReadOnlyList<ISiteGenerator> Generators { get; } =
    [
        new HomePageGenerator(),
        new PostFeatureSettingsCheck(),
    ];
}
