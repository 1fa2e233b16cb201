using BlogGen.Configuration;
using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>The whole site after every body was converted: the input of enrichers and generators.</summary>
/// <param name="Posts">Newest first.</param>
/// <param name="Tags">Posts grouped by tag, as in <c>site.tag_list</c>.</param>
/// <param name="Categories">Posts grouped by category, as in <c>site.category_list</c>.</param>
/// <param name="StaticFilePaths">The output paths of the site's own static files (not the theme's), copied as they are.</param>
/// <param name="ToolVersion">The version of BlogGen building the site, which feeds name as their generator.</param>
/// <param name="Features">Which pages and files nobody wrote the generators make.</param>
public sealed record SiteSnapshot(SiteConfig Config, IReadOnlyList<RenderedDocument> Posts, IReadOnlyList<RenderedDocument> Pages,
    SiteUrls Urls, SiteTaxonomy Tags, SiteTaxonomy Categories, IReadOnlySet<string> StaticFilePaths, string ToolVersion, SiteFeatures Features)
{
    /// <summary>The documents of the collections that are written (<c>output: true</c>), each collection in Jekyll's order.</summary>
    public IReadOnlyList<RenderedDocument> Items { get; init; } = [];

    public SiteTaxonomy Taxonomy(TaxonomyKind kind) => kind == TaxonomyKind.Tags ? Tags : Categories;
}
