using BlogGen.Checking;
using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Checking;

/// <summary>A whole site built with the default theme under a base URL has no broken internal links.</summary>
public sealed class BuiltSiteCheckTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/blog")]
    public void ABuiltSiteChecksClean(string baseUrl)
    {
        using var site = new TempSite()
            .With("_config.yml", "title: T\nurl: https://example.org\npaginate: 1\npermalink: pretty\n")
            .With("_posts/2025-03-01-first.md", "---\ntitle: First\n---\nThe first post.\n\n## 第一节\n\nSee [the second](#第一节) and [about]({{ '/about/' | relative_url }}).\n")
            .With("_posts/2025-03-02-second.md", "---\ntitle: Second\n---\nText with ![a picture]({{ '/assets/pic.png' | relative_url }}).\n")
            .With("about.md", "---\ntitle: About\nlayout: page\n---\nAbout.\n")
            .WithBytes("assets/pic.png", [0x89, 0x50, 0x4E, 0x47]);
        site.Build(new ConfigOverrides { BaseUrl = baseUrl });

        var result = LinkChecker.Check(new CheckOptions(site.Destination, baseUrl, "https://example.org"));

        Assert.Equal([], result.Diagnostics.Select(d => d.ToString()).Where(IsNotAboutMissingFeed));
        Assert.True(result.LinksChecked > 10);
    }

    [Fact]
    public void ASiteBuiltForTheRootFailsWhenMountedUnderAPath()
    {
        using var site = new TempSite()
            .With("_posts/2025-03-01-first.md", "---\ntitle: First\n---\nHello.\n");
        site.Build();

        var result = LinkChecker.Check(new CheckOptions(site.Destination, "/blog", ""));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.LinkOutsideBaseUrl && d.Message.Contains("/assets/css/style.css", StringComparison.Ordinal));
    }

    /// <summary>The default theme links feed.xml before the feed generator exists; that link is its owner's to fix.</summary>
    private static bool IsNotAboutMissingFeed(string diagnostic) => !diagnostic.Contains("feed.xml", StringComparison.Ordinal);
}
