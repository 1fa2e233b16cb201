using BlogGen.Content;

namespace BlogGen.Tests.Content;

public sealed class UrlPathTests
{
    [Theory]
    [InlineData("/2025/02/13/x.html", "/2025/02/13/x.html")]
    [InlineData("//a///b/", "/a/b/")]
    [InlineData("a/b", "/a/b")]
    [InlineData("/tags/日本経済新聞/", "/tags/日本経済新聞/")]
    [InlineData("/", "/")]
    [InlineData("/100%25-off/", "/100%-off/")]
    [InlineData("/50%", "/50%")]
    public void NormalizesSafeUrls(string input, string expected)
    {
        Assert.True(UrlPath.TryNormalize(input, out var normalized, out _));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("/../../x")]
    [InlineData("/a/%2e%2e/%2e%2e/x")]
    [InlineData("/a/./b")]
    [InlineData("/a\\..\\b")]
    [InlineData("C:/Windows/x")]
    [InlineData("/a\0b")]
    [InlineData("/a/%00/b")]
    [InlineData("/:year/x")]
    [InlineData("/%2517.50/")]
    [InlineData("/a/%252e%252e/x")]
    public void RefusesUrlsThatCouldLeaveTheDestination(string input) =>
        Assert.False(UrlPath.TryNormalize(input, out _, out _));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/about/", "about/index.html")]
    [InlineData("/about", "about.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/2025/02/13/x.html", "2025/02/13/x.html")]
    public void MapsUrlsToFiles(string url, string path) =>
        Assert.Equal(path, UrlPath.ToOutputPath(url));

    [Theory]
    [InlineData("/a b/", "/a%20b/")]
    [InlineData("/日本/", "/%E6%97%A5%E6%9C%AC/")]
    [InlineData("/already%20encoded/?q=1#frag", "/already%20encoded/?q=1#frag")]
    [InlineData("/emoji/😀", "/emoji/%F0%9F%98%80")]
    public void EncodesForLinks(string url, string expected) =>
        Assert.Equal(expected, UrlPath.Encode(url));

    /// <summary>
    /// Found by SiteUrlsPropertyTests: two lone surrogates were encoded as a pair and overflowed the buffer. A
    /// [Fact], since an attribute cannot hold a lone surrogate.
    /// </summary>
    [Fact]
    public void EncodesLoneSurrogatesAsReplacementCharacters()
    {
        Assert.Equal("%EF%BF%BD%EF%BF%BD", UrlPath.Encode("\uD800\uD800"));
        Assert.Equal("%EF%BF%BDa", UrlPath.Encode("\uD800a"));
        Assert.Equal("a%EF%BF%BD", UrlPath.Encode("a\uDC00"));
    }
}
