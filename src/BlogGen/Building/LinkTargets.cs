using BlogGen.Content;
using BlogGen.Hashing;
using BlogGen.Templating;

namespace BlogGen.Building;

/// <summary>
/// Where a link in a body can lead: every document's and static file's source path with its URL, under the settings
/// the bodies convert with; <see cref="Hash"/> stands for all of it. A rebuild whose documents lead where they did
/// takes the last build's URLs and hash, comparing only the documents read again.
/// </summary>
internal sealed class LinkTargets
{
    private readonly UInt128 _settings;
    private readonly Document[] _documents;
    private readonly StaticFile[] _staticFiles;

    private LinkTargets(UInt128 settings, Document[] documents, StaticFile[] staticFiles, DocumentUrls urls, UInt128 hash)
    {
        (_settings, _documents, _staticFiles, Urls, Hash) = (settings, documents, staticFiles, urls, hash);
    }

    public DocumentUrls Urls { get; }

    public UInt128 Hash { get; }

    /// <param name="last">The last build's targets, given again (with these documents) when every link leads where it did.</param>
    public static LinkTargets Of(UInt128 settings, IReadOnlyList<Document> documents, IReadOnlyList<StaticFile> staticFiles, LinkTargets? last)
    {
        Document[] currentDocuments = [.. documents];
        StaticFile[] currentFiles = [.. staticFiles];
        if (last is not null && last._settings == settings
            && last._documents.AsSpan().SequenceEqual(currentDocuments, SameTarget.Instance)
            && last._staticFiles.AsSpan().SequenceEqual(currentFiles, SameTarget.Instance))
        {
            return new LinkTargets(settings, currentDocuments, currentFiles, last.Urls, last.Hash);
        }
        var hash = new ContentHash().Add(settings);
        foreach (var document in currentDocuments)
        {
            hash.Add(document.Source.RelativePath).Add(document.Url);
        }
        foreach (var file in currentFiles)
        {
            hash.Add(file.DisplayPath).Add(file.OutputPath);
        }
        return new LinkTargets(settings, currentDocuments, currentFiles, new DocumentUrls(currentDocuments, currentFiles), hash.Value);
    }

    /// <summary>
    /// The same object, or one with the same source path and URL: what <see cref="DocumentUrls"/> reads (the path
    /// decides the kind, post or page).
    /// </summary>
    private sealed class SameTarget : IEqualityComparer<Document>, IEqualityComparer<StaticFile>
    {
        public static readonly SameTarget Instance = new();

        public bool Equals(Document? x, Document? y) => ReferenceEquals(x, y)
            || x is not null && y is not null && x.Source.RelativePath == y.Source.RelativePath && x.Url == y.Url;

        public bool Equals(StaticFile? x, StaticFile? y) => ReferenceEquals(x, y)
            || x is not null && y is not null && x.DisplayPath == y.DisplayPath && x.OutputPath == y.OutputPath;

        public int GetHashCode(Document document) => document.Source.RelativePath.GetHashCode(StringComparison.Ordinal);

        public int GetHashCode(StaticFile file) => file.DisplayPath.GetHashCode(StringComparison.Ordinal);
    }
}
