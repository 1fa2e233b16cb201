using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>Posts by year, then month of their date in the site time zone (as it is shown), keeping the site's newest-first order.</summary>
public static class ArchiveGrouping
{
    public static IReadOnlyList<ArchiveYear> Group(IReadOnlyList<Document> postsNewestFirst) =>
        [.. postsNewestFirst
            .Where(p => p.Date is not null)
            .GroupBy(p => p.Date!.Value.Year)
            .Select(year => new ArchiveYear(year.Key, [.. year
                .GroupBy(p => p.Date!.Value.Month)
                .Select(month => new ArchiveMonth(year.Key, month.Key, [.. month]))]))];
}
