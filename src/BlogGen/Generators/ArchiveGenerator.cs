using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>
/// The archive at <c>/archive/</c> with the <c>archive</c> layout: <c>page.years</c>, each with <c>months</c> and their posts,
/// newest first. A site page of its own at <c>/archive/</c> wins; a site without posts (such as a guide) gets none.
/// </summary>
public sealed class ArchiveGenerator : ISiteGenerator
{
    public const string Url = "/archive/";

    // The page of the last build, given again while the same posts come in the same order with the same dates: an edit
    // that moved no post makes no new page, so the layout stage keeps it on sight. The page shows each post as it is
    // now (Templating finds its page by source path).
    private readonly LastValue<(string Path, DateTimeOffset? Date)[], GeneratorResult> _last = new((last, current) =>
        last.AsSpan().SequenceEqual(current, SamePost.Instance));

    public GeneratorResult Generate(SiteSnapshot site)
    {
        if (!site.Features.Archive || site.Posts.Count == 0 || site.Pages.Any(p => p.Document.Url == Url))
        {
            return GeneratorResult.Of([]);
        }
        var posts = site.Posts.Select(p => p.Document).ToList();
        return _last.For([.. posts.Select(p => (p.Source.RelativePath, p.Date))], _ => GeneratorResult.Of(
        [
            new GeneratedPage(Url, "archive", "(archive)") { Title = "Archive", Members = [KeyValuePair.Create<string, object?>("years", ArchiveGrouping.Group(posts))] },
        ]));
    }

    /// <summary>The same post, at the same instant in the same offset: the year and month shown are the same.</summary>
    private sealed class SamePost : IEqualityComparer<(string Path, DateTimeOffset? Date)>
    {
        public static readonly SamePost Instance = new();

        public bool Equals((string Path, DateTimeOffset? Date) x, (string Path, DateTimeOffset? Date) y) =>
            x.Path == y.Path && x.Date.HasValue == y.Date.HasValue && (x.Date is not { } date || date.EqualsExact(y.Date!.Value));

        public int GetHashCode((string Path, DateTimeOffset? Date) post) => StringComparer.Ordinal.GetHashCode(post.Path);
    }
}
