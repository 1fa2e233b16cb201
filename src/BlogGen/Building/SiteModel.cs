using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Templating;

namespace BlogGen.Building;

/// <summary>
/// The site model of one build, made in the steps a build needs: first the page objects, neighbours, taxonomies and
/// the <c>site</c> object, since Liquid in bodies sees them; then, given the converted bodies, the snapshot that
/// enrichers and generators read; then the enriched pages, made read-only. A build passes its session's kept pages
/// and taxonomy hashes, so an unchanged document keeps its page; a test passes fresh ones and gets a first build's model.
/// </summary>
internal sealed class SiteModel
{
    private readonly SiteConfig _config;
    private readonly LoadedContent _content;
    private readonly DocumentPages _kept;

    private SiteModel(SiteConfig config, LoadedContent content, DocumentPages kept, IReadOnlyList<Document> documents, IReadOnlyList<DocumentPage> pages,
        SiteObject site, SiteTaxonomy tags, SiteTaxonomy categories)
    {
        _config = config;
        _content = content;
        _kept = kept;
        Documents = documents;
        Pages = pages;
        Site = site;
        Tags = tags;
        Categories = categories;
    }

    /// <summary>Posts (newest first), then pages.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>The page of each of <see cref="Documents"/>, in the same order.</summary>
    public IReadOnlyList<DocumentPage> Pages { get; }

    /// <summary>The template object <c>site</c>, read-only.</summary>
    public SiteObject Site { get; }

    public SiteTaxonomy Tags { get; }

    public SiteTaxonomy Categories { get; }

    /// <param name="kept">The pages a session keeps from build to build (see <see cref="DocumentPages"/>).</param>
    /// <param name="settings">What page objects are made from besides their documents: kept pages are dropped when it changes.</param>
    public static SiteModel Begin(SiteConfig config, LoadedContent content, IReadOnlyDictionary<string, object?> data, TaxonomyUrls taxonomyUrls,
        DocumentPages kept, TaxonomyInputs taxonomyInputs, UInt128 settings)
    {
        var documents = content.Posts.Concat(content.Pages).ToList();
        var pages = kept.Begin(documents, settings);
        var posts = pages.Take(content.Posts.Count).ToList();
        LinkNeighbours(posts);
        // Grouped here, not by the tag generators, so Liquid inside content can list them too; the generators report the warnings.
        var tags = kept.Taxonomy(TaxonomyKind.Tags, content.Posts, taxonomyUrls, taxonomyInputs);
        var categories = kept.Taxonomy(TaxonomyKind.Categories, content.Posts, taxonomyUrls, taxonomyInputs);
        var site = TemplateModel.Site(config, [.. posts.Select(p => p.Page)], [.. pages.Skip(posts.Count).Select(p => p.Page)],
            tags.ByName, categories.ByName, data);
        site["tag_list"] = tags.ToList();
        site["category_list"] = categories.ToList();
        ScriptValues.ReadOnly(site);
        return new SiteModel(config, content, kept, documents, pages, site, tags, categories);
    }

    /// <summary>The site once every body is converted: <paramref name="bodies"/> holds one per document, in the order of <see cref="Documents"/>.</summary>
    public SiteSnapshot Snapshot(IReadOnlyList<ConvertedBody> bodies, SiteUrls urls, string toolVersion)
    {
        for (var i = 0; i < Pages.Count; i++)
        {
            Pages[i].SetBody(bodies[i]);
        }
        var rendered = Pages.Select(p => p.Rendered!).ToList();
        var staticFilePaths = _content.StaticFiles.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
        return new SiteSnapshot(_config, rendered[.._content.Posts.Count], rendered[_content.Posts.Count..], Site, urls, Tags, Categories,
            staticFilePaths, toolVersion);
    }

    /// <summary>
    /// Runs <paramref name="enrichers"/> on the pages that need it, then makes every page read-only: generators and
    /// layouts only read them from here on.
    /// </summary>
    public void Enrich(SiteSnapshot snapshot, IReadOnlyList<IPageEnricher> enrichers)
    {
        // One enricher at a time: each writes only its own document's page object.
        foreach (var enricher in enrichers)
        {
            Parallel.ForEach(_kept.ToEnrich(enricher, snapshot, Pages), page =>
            {
                page.Writable();
                enricher.Enrich(snapshot, page.Rendered!);
            });
        }
        _kept.Complete(Pages);
    }

    /// <summary>Jekyll's naming: <c>previous</c> is the older post, <c>next</c> the newer one. Posts are newest first.</summary>
    private static void LinkNeighbours(IReadOnlyList<DocumentPage> posts)
    {
        for (var i = 0; i < posts.Count; i++)
        {
            posts[i].Link("next", i > 0 ? posts[i - 1].Page : null);
            posts[i].Link("previous", i + 1 < posts.Count ? posts[i + 1].Page : null);
        }
    }
}
