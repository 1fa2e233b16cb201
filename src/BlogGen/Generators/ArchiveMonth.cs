using BlogGen.Content;

namespace BlogGen.Generators;

/// <param name="Month">1 to 12, in the site time zone.</param>
/// <param name="Posts">Newest first.</param>
public sealed record ArchiveMonth(int Year, int Month, IReadOnlyList<Document> Posts);
