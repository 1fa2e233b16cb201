using BlogGen.Checking;
using BlogGen.Configuration;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Checking;

/// <summary>The user guide in docs/, built as a project site, has no broken links between its pages.</summary>
public sealed class UserGuideCheckTests
{
    [Fact]
    public void TheGuideBuiltUnderABaseUrlChecksClean()
    {
        // A copy, so the build (and its cache) never writes into the repository.
        using var site = new TempSite();
        var docs = RepositoryFiles.PathOf("docs");
        foreach (var file in Directory.EnumerateFiles(docs, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(docs, file);
            if (!relative.StartsWith("_site", StringComparison.Ordinal) && !relative.StartsWith(".bloggen-cache", StringComparison.Ordinal))
            {
                site.WithBytes(relative, File.ReadAllBytes(file));
            }
        }
        site.Build(new ConfigOverrides { BaseUrl = "/BlogGen/docs" });

        var result = LinkChecker.Check(new CheckOptions(site.Destination, "/BlogGen/docs", ""));

        Assert.True(site.HasOutput("deploy/index.html"));
        // The theme's feed link waits for the feed generator; every other link must resolve.
        Assert.Equal([], result.Diagnostics.Select(d => d.ToString()).Where(d => !d.Contains("feed.xml", StringComparison.Ordinal)));
    }
}
