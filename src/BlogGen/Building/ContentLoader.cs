using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Hashing;

namespace BlogGen.Building;

/// <summary>
/// Reads every post, draft and page in parallel, sorts them, and keeps one document per URL. A file whose size and
/// modification time are as an earlier build saw them, under the same settings, is not read again.
/// </summary>
internal static class ContentLoader
{
    /// <param name="configurationHash">A hash of the whole configuration (see SiteBuilder), taken once per build.</param>
    /// <param name="changed">The files a watcher reported changed since the last build (see <see cref="BuildOptions.Changed"/>).</param>
    /// <param name="frontMatter">Front matter parsed by earlier builds, reused for a file read again whose front matter did not change.</param>
    public static LoadedContent Load(SourceTree tree, SiteConfig config, UInt128 configurationHash, RetainedEntries<string, CachedRead> reads,
        IFrontMatterMemo frontMatter, IReadOnlyCollection<string>? changed, DiagnosticBag diagnostics, IBuildProgress? progress)
    {
        var reported = changed?.ToHashSet(StringComparer.Ordinal);
        // A linked file outside the source folder is not watched: it is looked at every time.
        var watched = Path.TrimEndingDirectorySeparator(config.SourceDirectory) + Path.DirectorySeparatorChar;
        var settings = CacheKeys.Read(config, configurationHash);
        var jobs = tree.Posts.Select(f => (File: f, Kind: DocumentKind.Post))
            .Concat(config.ShowDrafts ? tree.Drafts.Select(f => (File: f, Kind: DocumentKind.Draft)) : [])
            .Concat(tree.Others.Select(f => (File: f, Kind: DocumentKind.Page)))
            .Concat(tree.Items.Select(f => (File: f, Kind: DocumentKind.Item)))
            .ToList();
        var results = new DocumentReadResult[jobs.Count];
        var lastWrites = new DateTime[jobs.Count];
        progress?.Stage("Reading", jobs.Count);
        Parallel.For(0, jobs.Count, i =>
        {
            var (file, kind) = jobs[i];
            (results[i], lastWrites[i]) = ReadOrReuse(file, kind, config, settings, reads, frontMatter, file.FullPath.StartsWith(watched, StringComparison.Ordinal) ? reported : null);
            progress?.Advance();
        });

        var posts = new List<Document>(jobs.Count);
        var pages = new List<Document>(jobs.Count);
        var items = new List<Document>();
        var statics = new List<StaticFile>();
        var collectionFiles = new List<StaticFile>();
        for (var i = 0; i < jobs.Count; i++)
        {
            diagnostics.AddRange(results[i].Diagnostics);
            var file = jobs[i].File;
            if (results[i].IsStatic && jobs[i].Kind == DocumentKind.Item)
            {
                // A file without front matter in a collection is copied, under the collection's name, when it is written.
                var label = CollectionLabel.Of(file.RelativePath);
                var collectionFile = new StaticFile(label + CollectionLabel.PathWithin(file.RelativePath), file.RelativePath, file.FullPath, null, label)
                {
                    ModifiedUtc = lastWrites[i],
                };
                collectionFiles.Add(collectionFile);
                if (config.CollectionOf(label) is { Output: true })
                {
                    statics.Add(collectionFile);
                }
            }
            else if (results[i].IsStatic)
            {
                statics.Add(new StaticFile(file.RelativePath, file.RelativePath, file.FullPath, null) { ModifiedUtc = lastWrites[i] });
            }
            else if (results[i].Document is { } document)
            {
                (document.Kind switch { DocumentKind.Page => pages, DocumentKind.Item => items, _ => posts }).Add(document);
            }
        }

        posts.Sort(NewestFirst);
        // Jekyll's order of a collection: by date, then by path.
        items.Sort((a, b) => a.Date!.Value.CompareTo(b.Date!.Value) is var byDate and not 0 ? byDate : string.CompareOrdinal(a.Source.RelativePath, b.Source.RelativePath));
        var claimed = new Dictionary<string, Document>(posts.Count + pages.Count, StringComparer.Ordinal);
        return new LoadedContent(KeepFirstPerUrl(posts, claimed, diagnostics), KeepFirstPerUrl(pages, claimed, diagnostics), statics,
            results.Select(result => result.HeldBackUntil).Min())
        {
            // Only the documents of a collection that is written claim their URLs.
            Items = [.. KeepFirstPerUrl([.. items.Where(item => IsWritten(config, item))], claimed, diagnostics), .. items.Where(item => !IsWritten(config, item))],
            CollectionFiles = [.. collectionFiles.OrderBy(file => file.DisplayPath, StringComparer.Ordinal)],
        };
    }

    /// <summary>The order of posts everywhere in a site: newest first, and by source path, descending, on the same instant.</summary>
    public static int NewestFirst(Document a, Document b) => b.Date!.Value.CompareTo(a.Date!.Value) is var byDate and not 0
        ? byDate
        : string.CompareOrdinal(b.Source.RelativePath, a.Source.RelativePath);

    /// <summary>The file read, or as an earlier build read it, and when it was last written.</summary>
    private static (DocumentReadResult Result, DateTime LastWriteUtc) ReadOrReuse(SourceFile file, DocumentKind kind, SiteConfig config, UInt128 settings,
        RetainedEntries<string, CachedRead> reads, IFrontMatterMemo frontMatter, HashSet<string>? reported)
    {
        // A watcher saw every change to this file since the last build, and reported none.
        if (reported is not null && !reported.Contains(file.FullPath)
            && reads.TryReuse(file.FullPath, cached => cached.ReadAs(kind, settings), out var unchanged))
        {
            return (unchanged.Result, unchanged.LastWriteUtc);
        }
        var readTime = DateTime.UtcNow;
        var info = new FileInfo(file.FullPath);
        var (length, lastWrite) = info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
        if (reads.TryReuse(file.FullPath, cached => cached.StillMatches(length, lastWrite, kind, settings), out var reused))
        {
            return (reused.Result, lastWrite);
        }
        var result = kind is DocumentKind.Page or DocumentKind.Item && !IsReadableWithFrontMatter(file)
            ? DocumentReadResult.Static
            : DocumentReader.Read(file, kind, config, frontMatter);
        reads.Add(file.FullPath, new CachedRead(length, lastWrite, readTime, kind, settings, result));
        return (result, lastWrite);
    }

    private static bool IsReadableWithFrontMatter(SourceFile file)
    {
        try
        {
            return DocumentReader.StartsWithFrontMatter(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // the reader reports why it cannot be read
        }
    }

    /// <summary>
    /// The item's collection says <c>output: true</c> and the item is not dated in the future (unless <c>--future</c>):
    /// it gets a page of its own. As in Jekyll, a future item is still listed in its collection.
    /// </summary>
    public static bool IsWritten(SiteConfig config, Document item) => config.CollectionOf(CollectionLabel.Of(item.Source.RelativePath))?.Output == true
        && (config.ShowFuture || item.Date <= config.BuildTime);

    private static List<Document> KeepFirstPerUrl(List<Document> documents, Dictionary<string, Document> claimed, DiagnosticBag diagnostics)
    {
        var kept = new List<Document>(documents.Count);
        foreach (var document in documents)
        {
            if (claimed.TryGetValue(document.OutputPath, out var owner))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UrlCollision, document.Source.RelativePath,
                    $"{owner.Source.RelativePath} already has the URL {document.Url}, so this file is skipped: give one of them another `permalink:` or `slug:`"));
                continue;
            }
            claimed[document.OutputPath] = document;
            kept.Add(document);
        }
        return kept;
    }
}
