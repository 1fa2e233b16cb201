using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Templating;

namespace BlogGen.Building;

/// <summary>
/// Every document's page object, kept from one build to the next by the preview server: a document read as the same
/// object as last time keeps its page, its body, what enrichers added and its hash, so a build after one edit redoes
/// the work of that one document. All of it is dropped when the configuration or the tool changes. One build at a time.
/// </summary>
internal sealed class DocumentPages
{
    private readonly Dictionary<string, DocumentPage> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageObject> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UInt128> _hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<IPageEnricher, UInt128> _enricherInputs = [];
    private readonly Dictionary<TaxonomyKind, (UInt128 Inputs, SiteTaxonomy Taxonomy)> _taxonomies = [];
    private UInt128 _settings;
    private bool _complete = true;
    private HashSet<string>? _changedPages;

    /// <summary>Each document's page object by source path.</summary>
    public IReadOnlyDictionary<string, PageObject> Objects => _objects;

    /// <summary>The hash of each page object by source path, as of <see cref="Complete"/>.</summary>
    public IReadOnlyDictionary<string, UInt128> Hashes => _hashes;

    /// <summary>
    /// The source paths whose page hashes otherwise than in the last build, is new or is gone, as of <see cref="Complete"/>;
    /// null when this build started anew and every page counts as changed.
    /// </summary>
    public IReadOnlySet<string>? ChangedPages => _changedPages;

    /// <summary>
    /// Starts a build of <paramref name="documents"/>: the page of each, in the same order, kept when its source path
    /// was built before under the same <paramref name="settings"/>, and filled again when the document changed.
    /// </summary>
    public IReadOnlyList<DocumentPage> Begin(IReadOnlyList<Document> documents, UInt128 settings)
    {
        // A build that stopped half way may have changed pages without hashing them: nothing of it is trusted.
        if (settings != _settings || !_complete)
        {
            _byPath.Clear();
            _objects.Clear();
            _hashes.Clear();
            _enricherInputs.Clear();
            _taxonomies.Clear();
            _settings = settings;
            _changedPages = null;
        }
        else
        {
            _changedPages = new HashSet<string>(StringComparer.Ordinal);
        }
        _complete = false;
        var pages = new DocumentPage[documents.Count];
        var current = new HashSet<string>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var path = document.Source.RelativePath;
            current.Add(path);
            if (_byPath.TryGetValue(path, out var page))
            {
                page.Begin(document);
            }
            else
            {
                _byPath[path] = page = new DocumentPage(document);
                _objects[path] = page.Page;
                _changedPages?.Add(path);
            }
            pages[i] = page;
        }
        if (current.Count < _byPath.Count)
        {
            foreach (var gone in _byPath.Keys.Where(path => !current.Contains(path)).ToList())
            {
                _byPath.Remove(gone);
                _objects.Remove(gone);
                _hashes.Remove(gone);
                _changedPages?.Add(gone);
            }
        }
        return pages;
    }

    /// <summary>The posts grouped by <paramref name="kind"/>: the groups of the last build while no post's place or names changed.</summary>
    public SiteTaxonomy Taxonomy(TaxonomyKind kind, IReadOnlyList<Document> postsNewestFirst, TaxonomyUrls urls, TaxonomyInputs taxonomyInputs)
    {
        var inputs = taxonomyInputs.Of(kind, postsNewestFirst);
        if (_taxonomies.TryGetValue(kind, out var last) && last.Inputs == inputs)
        {
            return last.Taxonomy;
        }
        var taxonomy = SiteTaxonomy.Of(postsNewestFirst, kind, urls, post => _objects[post.Source.RelativePath]);
        _taxonomies[kind] = (inputs, taxonomy);
        return taxonomy;
    }

    /// <summary>
    /// The documents <paramref name="enricher"/> has to run on: all of them when what it reads of the rest of the site
    /// changed since the last build, else only those that changed.
    /// </summary>
    public IEnumerable<DocumentPage> ToEnrich(IPageEnricher enricher, SiteSnapshot site, IReadOnlyList<DocumentPage> pages)
    {
        var inputs = enricher.SiteInputs(site);
        var same = _enricherInputs.TryGetValue(enricher, out var last) && last == inputs;
        _enricherInputs[enricher] = inputs;
        return same ? pages.Where(page => page.Changed) : pages;
    }

    /// <summary>Ends the changes of this build: changed pages are made read-only and hashed again.</summary>
    public void Complete(IReadOnlyList<DocumentPage> pages)
    {
        Parallel.ForEach(pages.Where(page => page.Modified), page => page.Complete());
        foreach (var page in pages)
        {
            var path = page.Document.Source.RelativePath;
            if (page.Modified && !(_hashes.TryGetValue(path, out var before) && before == page.Hash))
            {
                _hashes[path] = page.Hash;
                _changedPages?.Add(path);
            }
        }
        _complete = true;
    }
}
