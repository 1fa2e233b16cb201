using BlogGen.Content;

namespace BlogGen.Building;

/// <param name="Posts">Posts and shown drafts, newest first.</param>
/// <param name="FirstPostHeldBack">The earliest date of the posts left out for being in the future; null when none was.</param>
internal sealed record LoadedContent(IReadOnlyList<Document> Posts, IReadOnlyList<Document> Pages, IReadOnlyList<StaticFile> StaticFiles,
    DateTimeOffset? FirstPostHeldBack)
{
    /// <summary>The documents of the site's collections, each collection by date, then path; those of written collections first.</summary>
    public IReadOnlyList<Document> Items { get; init; } = [];

    /// <summary>
    /// The files without front matter in the collections' folders, written or not, by source path: Jekyll lists them in
    /// their collection's <c>files</c>, in <c>site.documents</c> and in <c>site.static_files</c>. Those of written
    /// collections are in <see cref="StaticFiles"/> too.
    /// </summary>
    public IReadOnlyList<StaticFile> CollectionFiles { get; init; } = [];
}
