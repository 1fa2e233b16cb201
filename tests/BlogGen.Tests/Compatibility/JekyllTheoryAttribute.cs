using BlogGen.Content;

namespace BlogGen.Tests.Compatibility;

/// <summary>
/// A comparison with Jekyll, skipped with the reason when no <c>jekyll</c> is on PATH. .ci/run installs Debian's Jekyll
/// and the plugins the fixtures use, so CI always runs them.
/// </summary>
public sealed class JekyllTheoryAttribute : TheoryAttribute
{
    public JekyllTheoryAttribute()
    {
        if (ExternalCommand.Find("jekyll") is null)
        {
            Skip = "no `jekyll` on PATH: install Debian's jekyll, jekyll-theme-minima and ruby-jekyll-* packages (.ci/run does) to compare with Jekyll";
        }
    }
}
