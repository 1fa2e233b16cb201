using BlogGen.Content;
using BlogGen.Generators;

namespace BlogGen.Building;

/// <summary>
/// Every document as a build session keeps it (see <see cref="SessionDocument"/>), with the tag and category
/// groupings and what each enricher read of the site last time: a document whose content hash is the one of the last
/// build keeps its body and facts, so a build after one edit redoes the work of that one document. All of it is
/// dropped when the settings change or a build did not complete. One build at a time.
/// </summary>
internal sealed class SessionDocuments
{
    private readonly Dictionary<string, SessionDocument> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<IPageEnricher, UInt128> _enricherInputs = [];
    private readonly Dictionary<TaxonomyKind, (UInt128 Inputs, SiteTaxonomy Taxonomy)> _taxonomies = [];
    private UInt128 _settings;
    private bool _complete = true;

    /// <summary>
    /// Starts a build of <paramref name="documents"/>: the kept state of each, in the same order, when its source path
    /// was built before under the same <paramref name="settings"/>, anew when its content changed.
    /// </summary>
    public IReadOnlyList<SessionDocument> Begin(IReadOnlyList<Document> documents, UInt128 settings)
    {
        if (settings != _settings || !_complete)
        {
            _byPath.Clear();
            _enricherInputs.Clear();
            _taxonomies.Clear();
            _settings = settings;
        }
        _complete = false;
        var kept = new SessionDocument[documents.Count];
        var current = new HashSet<string>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = documents[i].Source.RelativePath;
            current.Add(path);
            if (_byPath.TryGetValue(path, out var document))
            {
                document.Begin(documents[i]);
            }
            else
            {
                _byPath[path] = document = new SessionDocument(documents[i]);
            }
            kept[i] = document;
        }
        if (current.Count < _byPath.Count)
        {
            foreach (var gone in _byPath.Keys.Where(path => !current.Contains(path)).ToList())
            {
                _byPath.Remove(gone);
            }
        }
        return kept;
    }

    /// <summary>The posts grouped by <paramref name="kind"/>: the groups of the last build while no post's place or names changed.</summary>
    public SiteTaxonomy Taxonomy(TaxonomyKind kind, IReadOnlyList<Document> postsNewestFirst, TaxonomyUrls urls, TaxonomyInputs taxonomyInputs)
    {
        var inputs = taxonomyInputs.Of(kind, postsNewestFirst);
        if (_taxonomies.TryGetValue(kind, out var last) && last.Inputs == inputs)
        {
            return last.Taxonomy;
        }
        var taxonomy = SiteTaxonomy.Of(postsNewestFirst, kind, urls);
        _taxonomies[kind] = (inputs, taxonomy);
        return taxonomy;
    }

    /// <summary>
    /// The documents <paramref name="enricher"/> has to run on: all of them when what it reads of the rest of the site
    /// changed since the last build, else only those that changed.
    /// </summary>
    public IEnumerable<SessionDocument> ToEnrich(IPageEnricher enricher, SiteSnapshot site, IReadOnlyList<SessionDocument> documents)
    {
        var inputs = enricher.SiteInputs(site);
        var same = _enricherInputs.TryGetValue(enricher, out var last) && last == inputs;
        _enricherInputs[enricher] = inputs;
        return same ? documents.Where(document => document.Changed) : documents;
    }

    /// <summary>Ends this build's changes: the next build may keep what this one made.</summary>
    public void Complete() => _complete = true;
}
