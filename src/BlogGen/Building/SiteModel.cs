using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Templating;

namespace BlogGen.Building;

/// <summary>
/// The site model of one build, made in the steps a build needs: first the documents, taxonomies and template objects,
/// since Liquid in bodies sees them; then, given the converted bodies, the snapshot that enrichers and generators read;
/// then what enrichers learn, shown on the pages. A build passes its session's kept documents and template objects,
/// so an unchanged document keeps its body, facts and page; a test passes fresh ones and gets a first build's model.
/// </summary>
internal sealed class SiteModel
{
    private readonly SiteConfig _config;
    private readonly LoadedContent _content;
    private readonly SessionDocuments _kept;
    private readonly TemplateObjects _objects;
    private readonly IReadOnlyList<SessionDocument> _states;
    private readonly int _postCount;
    private readonly int _pageCount;

    private SiteModel(SiteConfig config, LoadedContent content, SessionDocuments kept, TemplateObjects objects,
        IReadOnlyList<SessionDocument> states, SiteTaxonomy tags, SiteTaxonomy categories)
    {
        _config = config;
        _content = content;
        _kept = kept;
        _objects = objects;
        _states = states;
        _postCount = content.Posts.Count;
        _pageCount = content.Pages.Count;
        Documents = [.. states.Select(state => state.Document)];
        Tags = tags;
        Categories = categories;
    }

    /// <summary>Posts (newest first), then pages, then collection items; a document whose content is as in the last build is the one read then.</summary>
    public IReadOnlyList<Document> Documents { get; }

    public SiteTaxonomy Tags { get; }

    public SiteTaxonomy Categories { get; }

    /// <param name="kept">The documents a session keeps from build to build (see <see cref="SessionDocuments"/>).</param>
    /// <param name="objects">The template objects a session keeps from build to build.</param>
    /// <param name="settings">What documents' pages are made from besides their documents: kept ones are dropped when it changes.</param>
    public static SiteModel Begin(SiteConfig config, LoadedContent content, IReadOnlyDictionary<string, object?> data, TaxonomyUrls taxonomyUrls,
        SessionDocuments kept, TemplateObjects objects, TaxonomyInputs taxonomyInputs, UInt128 settings)
    {
        var states = kept.Begin([.. content.Posts, .. content.Pages, .. content.Items], settings);
        var documents = states.Select(state => state.Document).ToList();
        var posts = documents[..content.Posts.Count];
        // Grouped here, not by the tag generators, so Liquid inside content can list them too; the generators report the warnings.
        var tags = kept.Taxonomy(TaxonomyKind.Tags, posts, taxonomyUrls, taxonomyInputs);
        var categories = kept.Taxonomy(TaxonomyKind.Categories, posts, taxonomyUrls, taxonomyInputs);
        objects.BeginSite(config, documents, posts.Count, tags, categories, data, settings,
            [.. content.StaticFiles.Where(file => file.Collection is null), .. content.CollectionFiles]);
        return new SiteModel(config, content, kept, objects, states, tags, categories);
    }

    /// <summary>The site once every body is converted: <paramref name="bodies"/> holds one per document, in the order of <see cref="Documents"/>.</summary>
    public SiteSnapshot Snapshot(IReadOnlyList<ConvertedBody> bodies, SiteUrls urls, string toolVersion, SiteFeatures features)
    {
        for (var i = 0; i < _states.Count; i++)
        {
            _states[i].SetBody(bodies[i]);
        }
        var rendered = _states.Select(state => state.Rendered!).ToList();
        var staticFilePaths = _content.StaticFiles.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
        return new SiteSnapshot(_config, rendered[.._postCount], rendered[_postCount..(_postCount + _pageCount)], urls, Tags, Categories, staticFilePaths, toolVersion, features)
        {
            Items = [.. rendered[(_postCount + _pageCount)..].Where(item => ContentLoader.IsWritten(_config, item.Document))],
        };
    }

    /// <summary>
    /// Runs <paramref name="enrichers"/> on the documents that need it, then shows bodies and facts on the pages, which
    /// become read-only: generators and layouts only read them from here on.
    /// </summary>
    public void Enrich(SiteSnapshot snapshot, IReadOnlyList<IPageEnricher> enrichers)
    {
        foreach (var enricher in enrichers)
        {
            Parallel.ForEach(_kept.ToEnrich(enricher, snapshot, _states), state =>
                state.Facts = enricher.Enrich(snapshot, state.Rendered!, state.Facts));
        }
        _kept.Complete();
        _objects.Complete([.. _states.Select(state => state.Rendered!)], [.. _states.Select(state => state.Facts)]);
    }
}
