using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>What GitHub Pages needs of a built site: no Jekyll run over it, the custom domain kept, dotfolders on request.</summary>
public sealed class GitHubPagesOutputTests
{
    [Fact]
    public void NoJekyllIsAlwaysWrittenAndCnameAndIncludedDotFoldersPassThrough()
    {
        using var site = new TempSite()
            .With("_config.yml", "include: [.well-known]\n")
            .With("CNAME", "blog.example.org\n")
            .With(".well-known/security.txt", "Contact: mailto:security@example.org\n")
            .With("_posts/2025-03-01-hello.md", "---\ntitle: Hello\n---\nHi.\n");

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        Assert.True(site.HasOutput(".nojekyll"));
        Assert.Equal("blog.example.org\n", site.Output("CNAME"));
        Assert.Equal("Contact: mailto:security@example.org\n", site.Output(".well-known/security.txt"));
    }
}
