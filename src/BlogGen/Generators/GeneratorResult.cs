using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <param name="Pages">Pages to render through layouts.</param>
/// <param name="Files">Files written as they are (feeds, sitemaps, indexes).</param>
/// <param name="Replaces">Source documents the generator renders itself (the paginated index), so they are not rendered twice.</param>
public sealed record GeneratorResult(
    IReadOnlyList<GeneratedPage> Pages,
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<Document> Replaces,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static GeneratorResult Of(IReadOnlyList<GeneratedPage> pages) => new(pages, [], [], []);
}
