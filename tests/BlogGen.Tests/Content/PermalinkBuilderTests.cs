using BlogGen.Content;

namespace BlogGen.Tests.Content;

public sealed class PermalinkBuilderTests
{
    private static readonly DateTimeOffset Date = new(2025, 2, 13, 7, 55, 52, TimeSpan.FromHours(8));

    private static string Post(string style, params string[] categories) =>
        PermalinkBuilder.Build(PermalinkStyles.Expand(style), PermalinkBuilder.PostPlaceholders(Date, "My-Post", "my-post", categories, ".html"));

    [Theory]
    [InlineData("date", "/2025/02/13/My-Post.html")]
    [InlineData("pretty", "/2025/02/13/My-Post/")]
    [InlineData("ordinal", "/2025/044/My-Post.html")]
    [InlineData("none", "/My-Post.html")]
    [InlineData("/:short_year/:i_month/:i_day/:slug/", "/25/2/13/my-post/")]
    [InlineData("/:year/:month/:day/:hour:minute:second/", "/2025/02/13/075552/")]
    [InlineData("/blog/:title:output_ext", "/blog/My-Post.html")]
    public void ExpandsStylesAndPlaceholders(string style, string expected) =>
        Assert.Equal(expected, UrlNormalized(Post(style)));

    [Fact]
    public void CategoriesBecomeLowerCaseFolders() =>
        Assert.Equal("/news/日本経済新聞/2025/02/13/My-Post.html", UrlNormalized(Post("date", "News", "日本経済新聞")));

    // Found by PermalinkPropertyTests: ':' failed the post, '#' and '?' cut its links, '%' was decoded, all-dot names climbed.
    [Theory]
    [InlineData("2yP]Z)Msrh:", "/2yp]z)msrh/2025/02/13/My-Post/")]
    [InlineData("C: Notes", "/c-notes/2025/02/13/My-Post/")]
    [InlineData("C#", "/c/2025/02/13/My-Post/")]
    [InlineData("why?", "/why/2025/02/13/My-Post/")]
    [InlineData("100%", "/100/2025/02/13/My-Post/")]
    [InlineData("a%2Fb", "/a-2fb/2025/02/13/My-Post/")]
    [InlineData("...", "/2025/02/13/My-Post/")]
    [InlineData("\u3000", "/2025/02/13/My-Post/")]
    [InlineData("<b>x</b>", "/b-x--b/2025/02/13/My-Post/")]
    [InlineData("\"Quoted\" | *starred*", "/quoted-starred/2025/02/13/My-Post/")]
    public void ACategoryIsAlwaysOneUsableFolder(string category, string expected) =>
        Assert.Equal(expected, UrlNormalized(Post("pretty", category)));

    [Fact]
    public void UnknownPlaceholdersStayAsWritten() =>
        Assert.Equal("/:nope/My-Post", PermalinkBuilder.Build("/:nope/:title", PermalinkBuilder.PostPlaceholders(Date, "My-Post", "my-post", [], "")));

    private static string UrlNormalized(string url)
    {
        Assert.True(UrlPath.TryNormalize(url, out var normalized, out _));
        return normalized;
    }
}
