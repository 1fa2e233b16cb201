using BlogGen.Content;
using BlogGen.Generators;

namespace BlogGen.Tests.Generators;

public sealed class PaginationTests
{
    [Theory]
    [InlineData(0, 10, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(11, 10, 2)]
    [InlineData(25, 10, 3)]
    public void PageCountCoversEveryItem(int items, int perPage, int pages) =>
        Assert.Equal(pages, Pagination.Paginate(Posts(items), perPage, "/", "/page:num/").Count);

    [Fact]
    public void PagesLinkToTheirNeighbours()
    {
        var pages = Pagination.Paginate(Posts(25), 10, "/", "/page:num/");
        Assert.Equal(("/", (string?)null, "/page2/"), (pages[0].Url, pages[0].PreviousUrl, pages[0].NextUrl));
        Assert.Equal(("/page2/", "/", "/page3/"), (pages[1].Url, pages[1].PreviousUrl, pages[1].NextUrl));
        Assert.Equal(("2025-01-21.md", 5, (string?)null), (pages[2].Posts[0].Source.RelativePath, pages[2].Posts.Count, pages[2].NextUrl));
    }

    [Theory]
    [InlineData("blog/page:num", "/blog/page2/")]
    [InlineData("/p/:num.html", "/p/2.html")]
    public void PaginatePathShapesTheUrl(string paginatePath, string second) =>
        Assert.Equal(second, Pagination.Paginate(Posts(20), 10, "/", paginatePath)[1].Url);

    /// <summary><paramref name="count"/> posts, one a day from 2025-01-01, in that order.</summary>
    private static List<Document> Posts(int count) =>
        [.. Enumerable.Range(1, count).Select(day => GeneratorTestDocuments.Post($"{new DateOnly(2025, 1, 1).AddDays(day - 1):yyyy-MM-dd}.md", $"{new DateOnly(2025, 1, 1).AddDays(day - 1):yyyy-MM-dd}"))];
}
