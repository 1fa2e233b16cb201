using BlogGen.Content;

namespace BlogGen.Building;

/// <param name="Posts">Posts and shown drafts, newest first.</param>
/// <param name="FirstPostHeldBack">The earliest date of the posts left out for being in the future; null when none was.</param>
internal sealed record LoadedContent(IReadOnlyList<Document> Posts, IReadOnlyList<Document> Pages, IReadOnlyList<StaticFile> StaticFiles,
    DateTimeOffset? FirstPostHeldBack)
{
    /// <summary>The documents of the site's collections, each collection by date, then path; those of written collections first.</summary>
    public IReadOnlyList<Document> Items { get; init; } = [];
}
