using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class RelatedPostsTests
{
    private static TempSite Site(string config = "") => new TempSite()
        .With("_config.yml", "title: T\n" + config)
        .With("_posts/2025-01-01-a.md", "---\ntitle: A\ntags: [x, y, z]\n---\nA\n")
        .With("_posts/2025-01-02-b.md", "---\ntitle: B\ntags: [x]\n---\nB\n")
        .With("_posts/2025-01-03-c.md", "---\ntitle: C\ntags: [x, y]\n---\nC\n")
        .With("_posts/2025-01-04-d.md", "---\ntitle: D\ntags: [q]\n---\nD\n")
        .With("_posts/2025-01-05-e.md", "---\ntitle: E\ntags: [y]\n---\nE\n")
        .With("_posts/2025-01-06-f.md", "---\ntitle: F\ntags: [x]\n---\nF\n");

    private static List<string> Related(TempSite site, string output) =>
        [.. Html.Parse(site.Output(output)).QuerySelectorAll(".related-posts li a").Select(a => a.TextContent)];

    [Fact]
    public void Most_shared_tags_first_then_newer_first_never_the_post_itself()
    {
        using var site = Site();

        site.Build();

        Assert.Equal(["C", "F", "E"], Related(site, "2025/01/01/a.html"));
        Assert.Equal(["A", "F", "E"], Related(site, "2025/01/03/c.html"));
        Assert.Equal("/2025/01/03/c.html", Html.Parse(site.Output("2025/01/01/a.html")).QuerySelector(".related-posts li a")?.GetAttribute("href"));
    }

    [Fact]
    public void A_post_sharing_no_tags_has_no_related_section()
    {
        using var site = Site();

        site.Build();

        Assert.Empty(Related(site, "2025/01/04/d.html"));
        Assert.Null(Html.Parse(site.Output("2025/01/04/d.html")).QuerySelector(".related-posts"));
    }

    [Theory]
    [InlineData("related_posts_limit: 1\n", new[] { "C" })]
    [InlineData("related_posts_limit: 5\n", new[] { "C", "F", "E", "B" })]
    [InlineData("related_posts_limit: 0\n", new string[0])]
    public void The_limit_comes_from_the_config(string config, string[] expected)
    {
        using var site = Site(config);

        var result = site.Build();

        Assert.Equal(expected, Related(site, "2025/01/01/a.html"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.RelatedPostsLimitInvalid);
    }

    [Theory]
    [InlineData("related_posts_limit: many\n")]
    [InlineData("related_posts_limit: -1\n")]
    public void An_invalid_limit_is_reported_and_the_default_used(string config)
    {
        using var site = Site(config);

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RelatedPostsLimitInvalid);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("_config.yml", warning.Path);
        Assert.Equal(["C", "F", "E"], Related(site, "2025/01/01/a.html"));
    }
}
