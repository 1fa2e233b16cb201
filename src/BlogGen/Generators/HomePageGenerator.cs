using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>
/// The paginated home page. The site's own root index page is paginated when it exists (as jekyll-paginate does);
/// otherwise the home is generated with the <c>home</c> layout, so a folder of posts alone gets one. A site without
/// pagination (see <see cref="SiteFeatures"/>) keeps its index page as written, and gets no generated home. A post with
/// <c>hidden: true</c> is on none of its pages, as in jekyll-paginate.
/// </summary>
public sealed class HomePageGenerator : ISiteGenerator
{
    // The pages of the last build, given again while they would be made alike: a preview rebuild after an edit that
    // moved no post makes no new pages, so the layout stage keeps them on sight. A page shows its posts as they are now
    // (Templating finds each post's page by its source path), so an edit inside a post changes nothing here.
    private readonly LastValue<Inputs, GeneratorResult> _last = new((last, current) => last.SameAs(current));

    public GeneratorResult Generate(SiteSnapshot site)
    {
        var index = site.Pages.FirstOrDefault(p => p.Document.Url == "/" && p.Document.Format != DocumentFormat.Other)?.Document;
        if (index is null ? !site.Features.GeneratedHome : !site.Features.Pagination)
        {
            return GeneratorResult.Of([]);
        }
        // jekyll-paginate leaves out a post whose `hidden` is set (anything but false or nil, as Liquid reads it).
        var posts = site.Posts.Select(p => p.Document).Where(p => p.FrontMatter.GetValueOrDefault("hidden") is null or false).ToArray();
        var inputs = new Inputs([.. posts.Select(p => p.Source.RelativePath)], index?.Hash, site.Config.Paginate, site.Config.PaginatePath);
        return _last.For(inputs, _ => Generate(index, posts, site.Config.Paginate, site.Config.PaginatePath));
    }

    private static GeneratorResult Generate(Document? index, IReadOnlyList<Document> posts, int perPage, string paginatePath)
    {
        var layout = index is null || !index.FrontMatter.ContainsKey("layout") ? "home" : index.Layout;
        var origin = index?.Source.RelativePath ?? "(home page)";
        var pages = Pagination.Paginate(posts, perPage, "/", paginatePath)
            .Select(slice => new GeneratedPage(slice.Url, layout, origin) { Document = index, Paginator = slice })
            .ToList();
        return new GeneratorResult(pages, [], index is null ? [] : [index], []);
    }

    /// <param name="PostPaths">The posts' source paths, newest first.</param>
    /// <param name="Index">The hash of the site's own home page, which the pages are copies of; null when there is none.</param>
    private sealed record Inputs(string[] PostPaths, UInt128? Index, int PerPage, string PaginatePath)
    {
        public bool SameAs(Inputs other) =>
            Index == other.Index
            && PerPage == other.PerPage
            && PaginatePath == other.PaginatePath
            && PostPaths.AsSpan().SequenceEqual(other.PostPaths);
    }
}
