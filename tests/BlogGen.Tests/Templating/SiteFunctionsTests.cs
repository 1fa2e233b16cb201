using BlogGen.Content;
using BlogGen.Templating;

namespace BlogGen.Tests.Templating;

public sealed class SiteFunctionsTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Instant = new(2025, 2, 12, 23, 55, 52, TimeSpan.Zero);

    private static SiteFunctions Functions(string baseUrl = "/blog") =>
        new(new SiteUrls("https://example.org", baseUrl), Shanghai, Instant, text => $"<p>{text}</p>", new DocumentUrls([]),
            new TaxonomyUrls("tags", "topics"));

    [Theory]
    [InlineData("/assets/style.css", "/blog/assets/style.css")]
    [InlineData("about/", "/blog/about/")]
    [InlineData("/tags/日本経済新聞/", "/blog/tags/%E6%97%A5%E6%9C%AC%E7%B5%8C%E6%B8%88%E6%96%B0%E8%81%9E/")]
    [InlineData("https://other.example/x", "https://other.example/x")]
    [InlineData("", "/blog")]
    public void RelativeUrlPrependsBaseUrlAndEncodes(string input, string expected) =>
        Assert.Equal(expected, Functions().RelativeUrl(input));

    [Theory]
    [InlineData("日本経済新聞", "/blog/tags/%E6%97%A5%E6%9C%AC%E7%B5%8C%E6%B8%88%E6%96%B0%E8%81%9E/")]
    [InlineData("C#", "/blog/tags/c/")]
    [InlineData("Static Sites", "/blog/tags/static-sites/")]
    [InlineData("!!!", "")]
    public void TagUrlLinksToTheTagPageBySlug(string name, string expected) =>
        Assert.Equal(expected, Functions().TagUrl(name));

    [Fact]
    public void CategoryUrlUsesTheCategoryFolder() =>
        Assert.Equal("/blog/topics/how-to/", Functions().CategoryUrl("How To"));

    [Fact]
    public void RelativeUrlOfTheRootWithoutBaseUrlIsSlash() =>
        Assert.Equal("/", Functions("").RelativeUrl("/"));

    [Fact]
    public void AbsoluteUrlAddsTheSiteUrl() =>
        Assert.Equal("https://example.org/blog/a%20b/", Functions().AbsoluteUrl("/a b/"));

    [Fact]
    public void DatesAreShownInTheSiteTimeZone()
    {
        var functions = Functions();
        Assert.Equal("2025-02-13T07:55:52+08:00", functions.DateToXmlSchema(null, Instant));
        Assert.Equal("2025-02-13", functions.Date(null, Instant, "%Y-%m-%d"));
        Assert.Equal("Thu, 13 Feb 2025 07:55:52 +0800", functions.DateToRfc822(null, Instant));
        Assert.Equal("13 Feb 2025", functions.DateToString(null, Instant));
        Assert.Equal("13th February 2025", functions.DateToLongString(null, Instant, "ordinal"));
        Assert.Equal("13 Feb 2025", functions.DateToString(null, Instant, null, "US"));
    }

    [Fact]
    public void JsonifySerialisesValues() =>
        Assert.Equal("[\"a\",1]", SiteFunctions.Jsonify(null, new object[] { "a", 1 }));

    [Fact]
    public void MarkdownifyUsesTheSitePipeline() =>
        Assert.Equal("<p>x</p>", Functions().Markdownify("x"));
}
