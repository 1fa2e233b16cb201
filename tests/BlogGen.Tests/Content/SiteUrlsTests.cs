using BlogGen.Content;
using BlogGen.Templating;

namespace BlogGen.Tests.Templating;

public class SiteUrlsTests
{
    [Theory]
    [InlineData("/blog", "/blog/a/", true)]
    [InlineData("/blog", "/blog", true)]
    [InlineData("/blog", "/blogs/a/", false)]
    [InlineData("/blog", "/a/", false)]
    [InlineData("", "/a/", true)]
    // Found by SiteUrlsPropertyTests: a link relative_url made under a non-ASCII base URL was not recognised, so it got the base URL twice.
    [InlineData("/日本", "/%E6%97%A5%E6%9C%AC", true)]
    [InlineData("/日本", "/日本/a/", true)]
    [InlineData("/日本", "/%E6%97%A5/a/", false)]
    public void KnowsAPathAlreadyUnderTheBaseUrl(string baseUrl, string path, bool expected) =>
        Assert.Equal(expected, new SiteUrls("https://example.org", baseUrl).IsUnderBaseUrl(path));
}
