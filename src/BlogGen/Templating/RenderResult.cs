using BlogGen.Diagnostics;

namespace BlogGen.Templating;

/// <param name="Output">The rendered text; null when rendering failed.</param>
public sealed record RenderResult(string? Output, IReadOnlyList<Diagnostic> Diagnostics);
