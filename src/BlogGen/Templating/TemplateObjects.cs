using System.Collections.Concurrent;
using System.Collections.Frozen;

using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Generators;

using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>
/// The Scriban objects templates see, made late from the build's typed records: each document's <c>page</c>, the
/// <c>site</c>, and the <c>page</c> and <c>paginator</c> of generated pages; and the hashes that tell a render read
/// the same as last time. A build session keeps one from build to build: a document whose content hash is the one of
/// the last build keeps its page object, so one edit touches one object, and the pages holding it (neighbours,
/// related posts, tag lists) see the new values. All of it is dropped when the settings change or a build did not
/// complete. One build at a time; within a build, a document's page is written only by the thread working on it.
/// </summary>
public sealed class TemplateObjects
{
    /// <summary>What a build adds to a document's page after reading it: Liquid in bodies, which runs before, does not see it.</summary>
    public static readonly FrozenSet<string> MembersAddedLater = FrozenSet.Create(StringComparer.Ordinal,
        "content", "excerpt", "seo", "toc", "word_count", "reading_time", "related", "comments_embed");

    private readonly Dictionary<string, DocumentObject> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UInt128> _siteMemberHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Identity, string Member), UInt128?> _memberHashes = new();
    private GeneratedObjects _generated;
    private UInt128 _settings;
    private bool _complete = true;
    private HashSet<string>? _changedPages;
    private SiteObject? _site;

    public TemplateObjects() => _generated = new GeneratedObjects(PageOf);

    /// <summary>
    /// The source paths whose page hashes otherwise than in the last build, is new or is gone, as of <see cref="Complete"/>;
    /// null when this build started anew and every page counts as changed.
    /// </summary>
    public IReadOnlySet<string>? ChangedPages => _changedPages;

    /// <summary>The <c>site</c> object of this build, from <see cref="BeginSite"/>.</summary>
    internal SiteObject Site => _site ?? throw new InvalidOperationException("the site object is made by BeginSite first");

    /// <summary>
    /// Starts a build: the page of each of <paramref name="documents"/> (posts newest first, then pages and items), kept when its
    /// source path was built before under the same <paramref name="settings"/> with the same content hash, else filled
    /// anew from front matter; neighbours linked; and the <c>site</c> object, which Liquid in bodies sees already.
    /// </summary>
    /// <param name="settings">What page objects are made from besides their documents: kept pages are dropped when it changes.</param>
    /// <param name="staticFiles">
    /// The site's static files and its collections' files without front matter, written or not, for <c>site.static_files</c>
    /// and each collection's <c>files</c>; none when not given.
    /// </param>
    public void BeginSite(SiteConfig config, IReadOnlyList<Document> documents, int postCount, SiteTaxonomy tags, SiteTaxonomy categories,
        IReadOnlyDictionary<string, object?> data, UInt128 settings, IReadOnlyList<StaticFile>? staticFiles = null)
    {
        // A build that stopped half way may have changed pages without hashing them: nothing of it is trusted.
        if (settings != _settings || !_complete)
        {
            _documents.Clear();
            _generated = new GeneratedObjects(PageOf);
            _settings = settings;
            _changedPages = null;
        }
        else
        {
            _changedPages = new HashSet<string>(StringComparer.Ordinal);
        }
        _complete = false;
        _siteMemberHashes.Clear();
        _memberHashes.Clear();
        var current = new HashSet<string>(documents.Count, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var path = document.Source.RelativePath;
            current.Add(path);
            if (_documents.TryGetValue(path, out var kept))
            {
                kept.Begin(document);
            }
            else
            {
                _documents[path] = new DocumentObject(document);
                _changedPages?.Add(path);
            }
        }
        if (current.Count < _documents.Count)
        {
            foreach (var gone in _documents.Keys.Where(path => !current.Contains(path)).ToList())
            {
                _documents.Remove(gone);
                _changedPages?.Add(gone);
            }
        }
        // Jekyll's naming: previous is the older post, next the newer one. Posts are newest first.
        for (var i = 0; i < postCount; i++)
        {
            var post = _documents[documents[i].Source.RelativePath];
            post.Link("next", i > 0 ? PageOf(documents[i - 1]) : null);
            post.Link("previous", i + 1 < postCount ? PageOf(documents[i + 1]) : null);
        }
        var site = TemplateModel.Site(config, [.. documents.Take(postCount).Select(PageOf)],
            [.. documents.Skip(postCount).Where(document => document.Kind == DocumentKind.Page).Select(PageOf)],
            _generated.Groups(tags), _generated.Groups(categories), data);
        var files = TemplateModel.StaticFiles(config, staticFiles ?? []);
        TemplateModel.AddCollections(site, config, documents, PageOf, files);
        site["tag_list"] = _generated.Terms(tags);
        site["category_list"] = _generated.Terms(categories);
        site["static_files"] = ScriptValues.List(files.Select(file => file.Object));
        _site = ScriptValues.ReadOnly(site);
    }

    /// <summary>
    /// Shows the converted bodies of <paramref name="bodies"/> on their pages before the rest are converted: Liquid in a
    /// page's body then lists posts with their <c>content</c> and <c>excerpt</c> (see <see cref="RenderScope.ShownBodies"/>).
    /// </summary>
    internal void ShowBodies(IReadOnlyList<(Document Document, string Html, string ExcerptHtml)> bodies)
    {
        foreach (var (document, html, excerpt) in bodies)
        {
            _documents[document.Source.RelativePath].ShowBody(html, excerpt);
        }
    }

    /// <summary>
    /// Ends this build's changes to documents' pages: each shows its converted body and the enrichers' facts, becomes
    /// read-only (every render shares it), and is hashed again when it changed.
    /// </summary>
    /// <param name="documents">Every document given to <see cref="BeginSite"/>, with the <paramref name="facts"/> of each at the same place.</param>
    public void Complete(IReadOnlyList<RenderedDocument> documents, IReadOnlyList<PageFacts> facts)
    {
        var pages = documents.Select(document => _documents[document.Document.Source.RelativePath]).ToArray();
        Parallel.For(0, pages.Length, i => pages[i].Complete(documents[i], facts[i], _generated));
        foreach (var page in pages)
        {
            if (page.Rehashed)
            {
                _changedPages?.Add(page.Page.Identity);
            }
        }
        _complete = true;
    }

    /// <summary>The page object of <paramref name="document"/>, by source path: the one of this build, whichever read of the file is given.</summary>
    internal PageObject PageOf(Document document) => _documents[document.Source.RelativePath].Page;

    /// <summary>The <c>page</c> and <c>paginator</c> objects <paramref name="item"/> is rendered with.</summary>
    internal (ScriptObject Page, ScriptObject? Paginator) ObjectsOf(GeneratedPage item) =>
        IsDocumentsOwn(item) ? (PageOf(item.Document!), null) : _generated.Of(item, CopiedHash(item)).Objects;

    /// <summary>
    /// A hash of the objects <paramref name="item"/> is rendered with. For a document's own page, the hash of its page as
    /// of <see cref="Complete"/>; for a generated page, of its <c>page</c> and <c>paginator</c>, where other documents'
    /// pages count by name (whoever reads one records it on its own).
    /// </summary>
    public UInt128 HashOf(GeneratedPage item) =>
        IsDocumentsOwn(item) ? _documents[item.Document!.Source.RelativePath].Hash : _generated.Of(item, CopiedHash(item)).Hash;

    /// <summary>The hash of a document's whole page as of <see cref="Complete"/>; null when no document has that source path.</summary>
    public UInt128? PageHash(string identity) => _documents.TryGetValue(identity, out var page) ? page.Hash : null;

    /// <summary>The hash of one member of a document's page; null when no document has that source path.</summary>
    public UInt128? MemberHash(string identity, string member) => _memberHashes.GetOrAdd((identity, member), read =>
        _documents.TryGetValue(read.Identity, out var page)
            ? new TemplateValueHash().AddValue(page.Page.TryGetValue(read.Member, out var value) ? value : null).Value
            : null);

    /// <summary>The hash of one <c>site</c> member; other documents' pages inside (<c>site.posts</c>) count by name.</summary>
    public UInt128 SiteMemberHash(string member) =>
        _siteMemberHashes.GetOrAdd(member, name => new TemplateValueHash().AddValue(Site.TryGetValue(name, out var value) ? value : null).Value);

    /// <summary>The document's own page at its own URL, not a list page made from it (the paginated home).</summary>
    private static bool IsDocumentsOwn(GeneratedPage item) =>
        item.Document is { } document && item.Paginator is null && item.Url == document.Url;

    private UInt128 CopiedHash(GeneratedPage item) => item.Document is { } document ? _documents[document.Source.RelativePath].Hash : 0;

    /// <summary>One document's page object, with what it was last filled from.</summary>
    private sealed class DocumentObject(Document document)
    {
        private Document _document = document;
        private RenderedDocument? _rendered;
        private PageFacts? _facts;
        private bool _modified = true;

        public PageObject Page { get; } = TemplateModel.Page(document);

        /// <summary>The hash of every member of <see cref="Page"/>, as of the end of the last build that changed it.</summary>
        public UInt128 Hash { get; private set; }

        /// <summary>The page hashes otherwise than before this build's <see cref="Complete"/>.</summary>
        public bool Rehashed { get; private set; }

        public void Begin(Document current)
        {
            _modified = Rehashed = false;
            if (current.Hash != _document.Hash)
            {
                _document = current;
                TemplateModel.Refill(Page, current);
                _rendered = null;
                _facts = null;
                _modified = true;
            }
        }

        /// <summary>Sets the body's members ahead of <see cref="Complete"/> when they differ from what the page shows.</summary>
        public void ShowBody(string html, string excerpt)
        {
            if (!Equals(Page["content"], html) || !Equals(Page["excerpt"], excerpt))
            {
                var page = Writable();
                page["content"] = html;
                page["excerpt"] = excerpt;
            }
        }

        /// <summary>Sets a member that other pages decide (<c>next</c>, <c>previous</c>) when it differs.</summary>
        public void Link(string member, PageObject? other)
        {
            if (!Page.ContainsKey(member) || !ReferenceEquals(Page[member], other))
            {
                Writable()[member] = other;
            }
        }

        public void Complete(RenderedDocument rendered, PageFacts facts, GeneratedObjects values)
        {
            // The same records as last time were filled in already; new ones with the same values leave the hash as it was.
            if (!ReferenceEquals(rendered, _rendered))
            {
                _rendered = rendered;
                var page = Writable();
                page["content"] = rendered.Html;
                page["excerpt"] = rendered.ExcerptHtml;
            }
            if (!ReferenceEquals(facts, _facts))
            {
                _facts = facts;
                var page = Writable();
                page["seo"] = values.Seo(facts.Seo);
                page["toc"] = facts.TableOfContents;
                page["word_count"] = facts.WordCount;
                page["reading_time"] = facts.ReadingMinutes;
                // Shared by every render of the page: read-only, as everything inside a page is.
                if (facts.Related is { } related)
                {
                    page["related"] = ScriptValues.ReadOnly((ScriptArray)values.From(related)!);
                }
                page["comments_embed"] = facts.CommentsEmbed;
            }
            if (_modified)
            {
                Page.IsReadOnly = true;
                var hash = new TemplateValueHash().AddMembers(Page).Value;
                Rehashed = hash != Hash;
                Hash = hash;
            }
        }

        private PageObject Writable()
        {
            Page.IsReadOnly = false;
            _modified = true;
            return Page;
        }
    }
}
