namespace BlogGen.Generators;

/// <summary>The enrichers and generators every build runs, in this order.</summary>
public static class SiteGenerators
{
    public static IReadOnlyList<IPageEnricher> Enrichers { get; } =
    [
    ];

    public static IReadOnlyList<ISiteGenerator> Generators { get; } =
    [
        new HomePageGenerator(),
        new TaxonomyGenerator(TaxonomyKind.Tags),
        new TaxonomyGenerator(TaxonomyKind.Categories),
        new ArchiveGenerator(),
    ];
}
