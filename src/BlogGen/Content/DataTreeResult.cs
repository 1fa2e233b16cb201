using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <summary>Everything under <c>_data/</c>, as templates see it in <c>site.data</c>.</summary>
public sealed record DataTreeResult(IReadOnlyDictionary<string, object?> Data, IReadOnlyList<Diagnostic> Diagnostics);
