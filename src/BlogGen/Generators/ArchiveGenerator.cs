using System.Globalization;
using System.Runtime.CompilerServices;

using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>
/// The archive at <c>/archive/</c> with the <c>archive</c> layout: <c>page.years</c>, each with <c>months</c> and their posts,
/// newest first. A site page of its own at <c>/archive/</c> wins; a site without posts (such as a guide) gets none.
/// </summary>
public sealed class ArchiveGenerator : ISiteGenerator
{
    public const string Url = "/archive/";

    // The page of the last build, given again while the same posts' page objects come in the same order with the same
    // dates: an edit that moved no post makes no new objects, so the layout stage keeps the page on sight.
    private readonly LastValue<(ScriptObject Page, DateTimeOffset? Date)[], GeneratorResult> _last = new((last, current) =>
        last.AsSpan().SequenceEqual(current, SamePost.Instance));

    public GeneratorResult Generate(SiteSnapshot site)
    {
        if (site.Posts.Count == 0 || site.Pages.Any(p => p.Document.Url == Url))
        {
            return GeneratorResult.Of([]);
        }
        return _last.For([.. site.Posts.Select(p => (p.Page, p.Document.Date))], _ => Generate(site.Posts));
    }

    private static GeneratorResult Generate(IReadOnlyList<RenderedDocument> postsNewestFirst)
    {
        var pageOf = postsNewestFirst.ToDictionary(p => p.Document, p => p.Page);
        var years = new ScriptArray();
        foreach (var year in ArchiveGrouping.Group([.. postsNewestFirst.Select(p => p.Document)]))
        {
            var months = new ScriptArray();
            foreach (var month in year.Months)
            {
                var posts = new ScriptArray();
                foreach (var post in month.Posts)
                {
                    posts.Add(pageOf[post]);
                }
                months.Add(new ScriptObject
                {
                    ["year"] = month.Year,
                    ["month"] = month.Month,
                    ["name"] = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Month),
                    ["count"] = month.Posts.Count,
                    ["posts"] = posts,
                });
            }
            years.Add(new ScriptObject { ["year"] = year.Year, ["count"] = year.Count, ["months"] = months });
        }
        var page = GeneratedPage.NewPageObject("Archive", Url, "archive", members: ("years", years));
        return GeneratorResult.Of([new GeneratedPage(Url, "archive", page, null, "(archive)")]);
    }

    /// <summary>The same page object, at the same instant in the same offset: the year and month shown are the same.</summary>
    private sealed class SamePost : IEqualityComparer<(ScriptObject Page, DateTimeOffset? Date)>
    {
        public static readonly SamePost Instance = new();

        public bool Equals((ScriptObject Page, DateTimeOffset? Date) x, (ScriptObject Page, DateTimeOffset? Date) y) =>
            ReferenceEquals(x.Page, y.Page) && x.Date.HasValue == y.Date.HasValue && (x.Date is not { } date || date.EqualsExact(y.Date!.Value));

        public int GetHashCode((ScriptObject Page, DateTimeOffset? Date) post) => RuntimeHelpers.GetHashCode(post.Page);
    }
}
