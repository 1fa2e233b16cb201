using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class ArchivePageTests
{
    private static TempSite Site(string config = "") => new TempSite()
        .With("_config.yml", "title: T\nbaseurl: /blog\npermalink: pretty\ntimezone: Asia/Shanghai\n" + config)
        .With("_posts/2024-12-31-old.md", "---\ntitle: Old\n---\nx\n")
        .With("_posts/2025-01-05-new-year.md", "---\ntitle: New year\n---\nx\n")
        .With("_posts/2025-01-20-later.md", "---\ntitle: Later\n---\nx\n")
        .With("_posts/seed.md", "---\ntitle: Seed\ndate: 2025-02-12T23:55:52.000Z\n---\nx\n");

    /// <summary>The archive as <c>year: month: titles</c> lines, in page order.</summary>
    private static string[] Outline(string html)
    {
        var document = Html.Parse(html);
        return [.. document.QuerySelectorAll(".archive-year").SelectMany(year =>
            year.QuerySelectorAll("h3").Select(month =>
                $"{year.QuerySelector("h2")!.FirstChild!.TextContent.Trim()}: {month.TextContent}: " +
                string.Join(", ", month.NextElementSibling!.QuerySelectorAll("a").Select(a => a.TextContent))))];
    }

    [Fact]
    public void TheArchiveGroupsPostsByYearThenMonthNewestFirst()
    {
        using var site = Site();
        site.Build();

        // The seed's 23:55 UTC on the 12th is 07:55 on the 13th in Shanghai: February, dated 02-13.
        Assert.Equal(["2025: February: Seed", "2025: January: Later, New year", "2024: December: Old"], Outline(site.Output("archive/index.html")));
        var page = Html.Parse(site.Output("archive/index.html"));
        Assert.Equal("02-13", page.QuerySelector(".archive-list time")!.TextContent);
        Assert.Equal("/blog/2025/02/13/seed/", page.QuerySelector(".archive-list a")!.GetAttribute("href"));
        Assert.Equal(["3", "1"], page.QuerySelectorAll(".archive-year h2 .taxonomy-count").Select(c => c.TextContent));
    }

    [Fact]
    public void MonthsAreNumbersWhenTheSiteTurnsNamesOff()
    {
        using var site = Site("archive_month_names: false\n");
        site.Build();

        Assert.Equal(["2025: 02: Seed", "2025: 01: Later, New year", "2024: 12: Old"], Outline(site.Output("archive/index.html")));
    }

    [Fact]
    public void ASitePageAtArchiveWins()
    {
        using var site = Site().With("archive.md", "---\ntitle: Mine\npermalink: /archive/\n---\nMy own archive.\n");
        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("My own archive.", site.Output("archive/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void NavLinksComeFromTheConfigOnly()
    {
        using var site = Site("nav:\n  - title: Archive\n    url: /archive/\n  - title: Tags\n    url: /tags/\n");
        site.Build();

        var nav = Html.Parse(site.Output("archive/index.html")).QuerySelectorAll(".site-nav a");
        Assert.Equal(["Archive /blog/archive/ page", "Tags /blog/tags/ "],
            nav.Select(a => $"{a.TextContent} {a.GetAttribute("href")} {a.GetAttribute("aria-current")}"));

        using var bare = Site();
        bare.Build();
        Assert.Null(Html.Parse(bare.Output("archive/index.html")).QuerySelector(".site-nav"));
    }

    [Fact]
    public void ASiteWithoutPostsGetsNoArchiveAndNoIndexes()
    {
        using var site = new TempSite().With("index.md", "---\ntitle: Guide\n---\nHello.\n");
        site.Build();

        Assert.DoesNotContain(site.OutputFiles(), path =>
            path.StartsWith("archive/", StringComparison.Ordinal) || path.StartsWith("tags/", StringComparison.Ordinal)
            || path.StartsWith("categories/", StringComparison.Ordinal));
        Assert.Contains("index.html", site.OutputFiles());
    }
}
