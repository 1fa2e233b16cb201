using BlogGen.Diagnostics;

namespace BlogGen.Configuration;

public sealed record ConfigResult(SiteConfig Config, IReadOnlyList<Diagnostic> Diagnostics);
