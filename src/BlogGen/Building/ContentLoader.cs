using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Building;

/// <summary>Reads every post, draft and page in parallel, sorts them, and keeps one document per URL.</summary>
internal static class ContentLoader
{
    public static LoadedContent Load(SourceTree tree, SiteConfig config, DiagnosticBag diagnostics, IBuildProgress? progress)
    {
        var jobs = tree.Posts.Select(f => (File: f, Kind: DocumentKind.Post))
            .Concat(config.ShowDrafts ? tree.Drafts.Select(f => (File: f, Kind: DocumentKind.Draft)) : [])
            .Concat(tree.Others.Select(f => (File: f, Kind: DocumentKind.Page)))
            .ToList();
        var results = new DocumentReadResult[jobs.Count];
        progress?.Stage("Reading", jobs.Count);
        Parallel.For(0, jobs.Count, i =>
        {
            var (file, kind) = jobs[i];
            results[i] = kind == DocumentKind.Page && !IsReadableWithFrontMatter(file)
                ? DocumentReadResult.Static
                : DocumentReader.Read(file, kind, config);
            progress?.Advance();
        });

        var posts = new List<Document>();
        var pages = new List<Document>();
        var statics = new List<StaticFile>();
        for (var i = 0; i < jobs.Count; i++)
        {
            diagnostics.AddRange(results[i].Diagnostics);
            if (results[i].IsStatic)
            {
                statics.Add(new StaticFile(jobs[i].File.RelativePath, jobs[i].File.RelativePath, jobs[i].File.FullPath, null));
            }
            else if (results[i].Document is { } document)
            {
                (document.Kind == DocumentKind.Page ? pages : posts).Add(document);
            }
        }

        posts.Sort((a, b) => b.Date!.Value.CompareTo(a.Date!.Value) is var byDate and not 0
            ? byDate
            : string.CompareOrdinal(b.Source.RelativePath, a.Source.RelativePath));
        var claimed = new Dictionary<string, Document>(StringComparer.Ordinal);
        return new LoadedContent(KeepFirstPerUrl(posts, claimed, diagnostics), KeepFirstPerUrl(pages, claimed, diagnostics), statics);
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
