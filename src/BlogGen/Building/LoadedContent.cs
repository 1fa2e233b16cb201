using BlogGen.Content;

namespace BlogGen.Building;

/// <param name="Posts">Posts and shown drafts, newest first.</param>
/// <param name="FirstPostHeldBack">The earliest date of the posts left out for being in the future; null when none was.</param>
internal sealed record LoadedContent(IReadOnlyList<Document> Posts, IReadOnlyList<Document> Pages, IReadOnlyList<StaticFile> StaticFiles,
    DateTimeOffset? FirstPostHeldBack);
