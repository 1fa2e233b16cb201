using BlogGen.Content;

using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>
/// The paginated home page. The site's own root index page is paginated when it exists (as jekyll-paginate does);
/// otherwise the home is generated with the <c>home</c> layout, so a folder of posts alone gets one.
/// </summary>
public sealed class HomePageGenerator : ISiteGenerator
{
    // The pages of the last build, given again while they would be made alike: a preview rebuild after an edit that
    // moved no post makes no new objects, so the layout stage keeps the pages on sight.
    private readonly LastValue<Inputs, GeneratorResult> _last = new((last, current) => last.SameAs(current));

    public GeneratorResult Generate(SiteSnapshot site)
    {
        var index = site.Pages.FirstOrDefault(p => p.Document.Url == "/" && p.Document.Format != DocumentFormat.Other);
        var inputs = new Inputs([.. site.Posts.Select(p => p.Page)], index?.Document, index is null ? [] : [.. index.Page],
            site.Config.Paginate, site.Config.PaginatePath);
        return _last.For(inputs, _ => Generate(index, inputs.Posts, site.Config.Paginate, site.Config.PaginatePath));
    }

    private static GeneratorResult Generate(RenderedDocument? index, IReadOnlyList<ScriptObject> posts, int perPage, string paginatePath)
    {
        var layout = index is null || !index.Document.FrontMatter.ContainsKey("layout") ? "home" : index.Document.Layout;
        var template = index?.Page ?? GeneratedPage.NewPageObject("", "/", "home");
        var origin = index?.Document.Source.RelativePath ?? "(home page)";
        var pages = Pagination.Paginate(posts.Count, perPage, "/", paginatePath)
            .Select(slice =>
            {
                var page = (ScriptObject)template.Clone(false);
                page.IsReadOnly = false;
                page["url"] = slice.Url;
                return new GeneratedPage(slice.Url, layout, page, PaginatorObject.For(slice, posts), origin);
            })
            .ToList();
        return new GeneratorResult(pages, [], index is null ? [] : [index.Document], []);
    }

    /// <param name="Posts">The posts' page objects, newest first.</param>
    /// <param name="Index">The site's own home page, which the pages are copies of.</param>
    /// <param name="IndexValues">The members of its page object as they are now: kept objects change in place.</param>
    private sealed record Inputs(ScriptObject[] Posts, Document? Index, KeyValuePair<string, object?>[] IndexValues, int PerPage, string PaginatePath)
    {
        public bool SameAs(Inputs other) =>
            ReferenceEquals(Index, other.Index)
            && PerPage == other.PerPage
            && PaginatePath == other.PaginatePath
            && Posts.AsSpan().SequenceEqual(other.Posts, ReferenceEqualityComparer.Instance)
            && IndexValues.AsSpan().SequenceEqual(other.IndexValues, SameMember.Instance);
    }

    private sealed class SameMember : IEqualityComparer<KeyValuePair<string, object?>>
    {
        public static readonly SameMember Instance = new();

        public bool Equals(KeyValuePair<string, object?> x, KeyValuePair<string, object?> y) =>
            x.Key == y.Key && ReferenceEquals(x.Value, y.Value);

        public int GetHashCode(KeyValuePair<string, object?> member) => member.Key.GetHashCode(StringComparison.Ordinal);
    }
}
