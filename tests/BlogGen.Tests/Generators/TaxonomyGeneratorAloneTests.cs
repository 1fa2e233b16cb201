using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Tests.TestSupport;


namespace BlogGen.Tests.Generators;

/// <summary>
/// Tag and category pages made from a site model alone: one paginated list per name, then the index; paths on disk
/// keep CJK names readable while links to them are percent-encoded.
/// </summary>
public sealed class TaxonomyGeneratorAloneTests
{
    public static TheoryData<string, string[], int, string[], string[], string[]> Rows => new()
    {
        // kind (plural), each post's names (newest post last), paginate, page URLs, output paths, links as written in pages
        {
            "tags", ["日本経済新聞"], 10,
            ["/tags/日本経済新聞/", "/tags/"],
            ["tags/日本経済新聞/index.html", "tags/index.html"],
            ["/tags/%E6%97%A5%E6%9C%AC%E7%B5%8C%E6%B8%88%E6%96%B0%E8%81%9E/", "/tags/"]
        },
        {
            "tags", ["経済", "経済", "経済, news"], 2,
            ["/tags/news/", "/tags/経済/", "/tags/経済/page2/", "/tags/"],
            ["tags/news/index.html", "tags/経済/index.html", "tags/経済/page2/index.html", "tags/index.html"],
            ["/tags/news/", "/tags/%E7%B5%8C%E6%B8%88/", "/tags/%E7%B5%8C%E6%B8%88/page2/", "/tags/"]
        },
        {
            "categories", ["ニュース", "ニュース"], 1,
            ["/categories/ニュース/", "/categories/ニュース/page2/", "/categories/"],
            ["categories/ニュース/index.html", "categories/ニュース/page2/index.html", "categories/index.html"],
            ["/categories/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/", "/categories/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/page2/", "/categories/"]
        },
        { "categories", [""], 10, [], [], [] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachNameGetsItsPages(string plural, string[] namesPerPost, int paginate, string[] urls, string[] outputPaths, string[] links)
    {
        var kind = plural == TaxonomyKind.Tags.Plural ? TaxonomyKind.Tags : TaxonomyKind.Categories;
        var site = new SiteModelBuilder().Config($"paginate: {paginate}");
        for (var i = 0; i < namesPerPost.Length; i++)
        {
            site.Post($"post-{i}", $"2025-01-0{i + 1}", $"{kind.Plural}: [{namesPerPost[i]}]");
        }
        var snapshot = site.Build();

        var pages = new TaxonomyGenerator(kind).Generate(snapshot).Pages;

        Assert.Equal(urls, pages.Select(p => p.Url));
        Assert.Equal(outputPaths, pages.Select(p => UrlPath.ToOutputPath(p.Url)));
        Assert.Equal(links, pages.Select(p => snapshot.Urls.Relative(p.Url)));
    }

    public static TheoryData<int, int[], string?> PaginationRows => new()
    {
        // posts tagged, posts on each page of the tag, the second page's path from the first (site-relative: relative_url encodes it)
        { 5, [2, 2, 1], "/tags/経済/page2/" },
        { 2, [2], null },
    };

    [Theory]
    [MemberData(nameof(PaginationRows))]
    public void TagPagesArePaginated(int posts, int[] postsPerPage, string? secondPageLink)
    {
        var site = new SiteModelBuilder().Config("paginate: 2");
        for (var i = 0; i < posts; i++)
        {
            site.Post($"post-{i}", $"2025-01-0{i + 1}", "tags: [経済]");
        }

        var termPages = new TaxonomyGenerator(TaxonomyKind.Tags).Generate(site.Build()).Pages.Where(p => p.Paginator is not null).ToList();

        Assert.Equal(postsPerPage, termPages.Select(p => p.Paginator!.Posts.Count));
        Assert.Equal(secondPageLink, termPages[0].Paginator!.NextUrl);
    }
}
