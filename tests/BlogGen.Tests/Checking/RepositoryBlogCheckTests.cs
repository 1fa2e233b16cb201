using BlogGen.Building;
using BlogGen.Checking;
using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Checking;

/// <summary>This repository's own blog, built as GitHub Pages publishes it (a project site under /BlogGen), links clean.</summary>
public sealed class RepositoryBlogCheckTests : IDisposable
{
    private readonly TempSite _output = new();

    [Fact]
    public void TheBlogBuiltUnderItsProjectPathHasNoBrokenLink()
    {
        var result = SiteBuilder.Build(new BuildOptions(RepositoryFiles.Root, _output.Destination,
            new ConfigOverrides { BaseUrl = "/BlogGen", BuildTime = TempSite.DefaultBuildTime }));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(result.Posts >= 6);
        var check = LinkChecker.Check(new CheckOptions(_output.Destination, "/BlogGen", "https://bloggen.github.io"));
        Assert.Empty(check.Diagnostics);
        Assert.True(check.LinksChecked > 500);
    }

    public void Dispose() => _output.Dispose();
}
