using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>
/// A Jekyll site's own <c>index.html</c> that lists <c>paginator.posts</c> in its body is rendered once per page, as
/// jekyll-paginate renders it: each page lists its own posts, with their excerpts, and links to its neighbours.
/// </summary>
public sealed class PaginatedIndexBodyTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Paged\nplugins: [jekyll-paginate]\npaginate: 2\npaginate_path: /blog/page:num/\n")
        .With("_layouts/default.html", "<html><body>{{ content }}</body></html>")
        .With("_layouts/post.html", "---\nlayout: default\n---\n{{ content }}")
        .With("index.html", "---\nlayout: default\n---\n<ul>{% for post in paginator.posts %}<li>{{ post.title }}: {{ post.excerpt | strip_html | strip }}</li>{% endfor %}</ul>"
            + "<p>{{ paginator.page }}/{{ paginator.total_pages }} prev={{ paginator.previous_page_path }} next={{ paginator.next_page_path }}</p>")
        .With("_posts/2025-01-01-one.md", "---\ntitle: One\n---\nFirst words.\n\nMore.")
        .With("_posts/2025-01-02-two.md", "---\ntitle: Two\n---\nSecond words.")
        .With("_posts/2025-01-03-three.md", "---\ntitle: Three\n---\nThird words.");

    public void Dispose() => _site.Dispose();

    [Theory]
    // page, what its body lists and says of its neighbours
    [InlineData("index.html", "<ul><li>Three: Third words.</li><li>Two: Second words.</li></ul><p>1/2 prev= next=/blog/page2/</p>")]
    [InlineData("blog/page2/index.html", "<ul><li>One: First words.</li></ul><p>2/2 prev=/ next=</p>")]
    public void EachPageOfTheIndexListsItsOwnPosts(string path, string body)
    {
        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal($"<html><body>{body}</body></html>", _site.Output(path).Trim());
    }

    [Theory]
    // a Liquid expression in a post, what it prints
    [InlineData("{{ page.tags.first }}", "<p>b</p>")]
    [InlineData("{{ page.tags.last }}", "<p>a</p>")]
    [InlineData("{{ page.tags.size }}", "<p>2</p>")]
    [InlineData("{% assign none = '' | split: ',' %}[{{ none.first }}]", "<p>[]</p>")]
    public void ListsHaveLiquidsFirstAndLast(string liquid, string expected)
    {
        _site.With("_posts/2025-01-04-four.md", $"---\ntitle: Four\nlayout: post\ntags: [b, a]\n---\n{liquid}");

        _site.Build();

        Assert.Equal($"<html><body>{expected}\n</body></html>", _site.Output("2025/01/04/four.html").Trim());
    }
}
