using BlogGen.Generators;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

/// <summary>The archive page made from a site model alone: posts grouped by year and month in the site's time zone.</summary>
public sealed class ArchiveGeneratorAloneTests
{
    public static TheoryData<string, string[], bool, string> Rows => new()
    {
        // time zone, post dates, own /archive/ page, "year(count): month(count) ..." per year, newest first; "" for no page
        { "UTC", ["2025-03-01", "2025-03-20", "2025-01-05", "2024-12-31"], false, "2025(3): 3(2) 1(1) | 2024(1): 12(1)" },
        { "UTC", ["2023-07-04"], false, "2023(1): 7(1)" },
        { "America/New_York", ["2025-01-01T02:00:00Z"], false, "2024(1): 12(1)" },
        { "Asia/Tokyo", ["2024-12-31T20:00:00Z", "2024-12-31T10:00:00Z"], false, "2025(1): 1(1) | 2024(1): 12(1)" },
        { "UTC", ["2025-03-01"], true, "" },
        { "UTC", [], false, "" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void PostsAreGroupedByYearAndMonth(string timeZone, string[] dates, bool ownArchive, string expected)
    {
        var site = new SiteModelBuilder().Config($"timezone: {timeZone}");
        for (var i = 0; i < dates.Length; i++)
        {
            site.Post($"post-{i}", dates[i]);
        }
        if (ownArchive)
        {
            site.File("archive.md", "title: My archive\npermalink: /archive/");
        }

        var result = new ArchiveGenerator().Generate(site.Build());

        Assert.Equal(expected, string.Join(" | ", result.Pages.SelectMany(p => (IReadOnlyList<ArchiveYear>)p.Members.Single(m => m.Key == "years").Value!).Select(Year)));
        Assert.Equal(expected == "" ? [] : [ArchiveGenerator.Url], result.Pages.Select(p => p.Url));
    }

    private static string Year(ArchiveYear year) =>
        $"{year.Year}({year.Count}): " + string.Join(' ', year.Months.Select(m => $"{m.Month}({m.Posts.Count})"));
}
