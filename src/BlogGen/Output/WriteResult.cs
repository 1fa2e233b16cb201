using BlogGen.Diagnostics;

namespace BlogGen.Output;

public sealed record WriteResult(int Written, int Unchanged, int Deleted, IReadOnlyList<Diagnostic> Diagnostics);
