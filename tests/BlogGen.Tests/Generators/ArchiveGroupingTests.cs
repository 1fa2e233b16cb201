using BlogGen.Generators;

using static BlogGen.Tests.Generators.GeneratorTestDocuments;

namespace BlogGen.Tests.Generators;

public sealed class ArchiveGroupingTests
{
    /// <summary>Dates newest first; the archive as <c>year[month:files month:files]</c>.</summary>
    [Theory]
    [InlineData("", "")]
    [InlineData("2025-02-13T07:55:52+08:00", "2025[2:p0]")]
    [InlineData("2026-01-02T00:00:00Z 2025-12-31T00:00:00Z 2025-12-01T00:00:00Z 2025-03-05T00:00:00Z",
        "2026[1:p0] 2025[12:p1,p2 3:p3]")]
    [InlineData("2025-05-31T10:00:00Z 2025-05-01T00:00:00Z 2024-05-31T00:00:00Z", "2025[5:p0,p1] 2024[5:p2]")]
    public void PostsGroupByYearThenMonthNewestFirst(string dates, string expected)
    {
        var posts = dates.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((d, i) => Post($"p{i}", d)).ToList();

        var years = ArchiveGrouping.Group(posts);

        Assert.Equal(expected, string.Join(' ', years.Select(y =>
            $"{y.Year}[{string.Join(' ', y.Months.Select(m => $"{m.Month}:{string.Join(',', m.Posts.Select(p => p.Source.RelativePath))}"))}]")));
    }

    [Fact]
    public void TheMonthIsTheOneOfTheDateAsGivenInTheSiteTimeZone()
    {
        // Content gives dates in the site zone: 2025-02-12T23:55:52Z is already 2025-02-13 08:00 in Shanghai.
        var years = ArchiveGrouping.Group([Post("seed", "2025-03-01T07:55:52+08:00")]);

        Assert.Equal((2025, 3), (years[0].Year, years[0].Months[0].Month));
    }

    [Fact]
    public void AYearCountsThePostsOfAllItsMonths() =>
        Assert.Equal(3, ArchiveGrouping.Group([Post("a", "2025-05-02T00:00:00Z"), Post("b", "2025-05-01T00:00:00Z"), Post("c", "2025-01-01T00:00:00Z")])[0].Count);
}
