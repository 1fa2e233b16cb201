using BlogGen.Diagnostics;

namespace BlogGen.Checking;

/// <summary>The outcome of a link check: every broken link, and how much was looked at.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesChecked, int LinksChecked)
{
    public int BrokenLinks => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int ExitCode => BrokenLinks == 0 ? 0 : 1;
}
