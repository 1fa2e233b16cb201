using BlogGen.Content;

namespace BlogGen.Building;

/// <param name="Posts">Posts and shown drafts, newest first.</param>
internal sealed record LoadedContent(IReadOnlyList<Document> Posts, IReadOnlyList<Document> Pages, IReadOnlyList<StaticFile> StaticFiles);
