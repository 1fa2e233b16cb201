using BlogGen.Diagnostics;

namespace BlogGen.Scaffolding;

/// <summary>What <c>bloggen new</c> did: the files it wrote, the existing ones it left alone, and any errors.</summary>
/// <param name="Written">Full paths of the files created.</param>
/// <param name="Kept">Full paths of files that already existed and were not touched.</param>
/// <param name="IntoExistingBlog">True when <c>bloggen new site</c> found a Jekyll blog and added only the tool manifest and workflow.</param>
public sealed record ScaffoldResult(IReadOnlyList<string> Written, IReadOnlyList<string> Kept, IReadOnlyList<Diagnostic> Diagnostics, bool IntoExistingBlog = false)
{
    public int ExitCode => Diagnostics.Any(d => d.Severity == Severity.Error) ? 1 : 0;
}
