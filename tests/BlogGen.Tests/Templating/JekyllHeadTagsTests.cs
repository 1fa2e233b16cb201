using AngleSharp.Html.Parser;

using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>jekyll-seo-tag's <c>{% seo %}</c> and jekyll-feed's <c>{% feed_meta %}</c> in a Jekyll theme's head print what those plugins print.</summary>
public sealed class JekyllHeadTagsTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Jekyll blog\ndescription: A blog\nurl: https://example.org\nbaseurl: /b\nplugins: [jekyll-feed, jekyll-seo-tag, jekyll-paginate]\npaginate: 1\n")
        .With("_layouts/default.html", "<html><head>\n  {%- seo %}\n  {%- feed_meta %}\n</head><body>{{ content }}</body></html>")
        .With("index.html", "---\nlayout: default\n---\nHome")
        .With("about.md", "---\nlayout: default\ntitle: About me\n---\nAbout.")
        .With("_posts/2025-01-01-one.md", "---\nlayout: default\ntitle: One & only\ndescription: The first\n---\nOne.")
        .With("_posts/2025-01-02-two.md", "---\nlayout: default\ntitle: Two\n---\nTwo.");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("2025/01/01/one.html", "One & only | Jekyll blog", "https://example.org/b/2025/01/01/one.html", "The first", "article")]
    // A page has no excerpt in Jekyll: its description is the site's, as jekyll-seo-tag gives it.
    [InlineData("about.html", "About me | Jekyll blog", "https://example.org/b/about.html", "A blog", "website")]
    [InlineData("index.html", "Jekyll blog | A blog", "https://example.org/b/", "A blog", "website")]
    [InlineData("page2/index.html", "Page 2 of 2 for Jekyll blog | A blog", "https://example.org/b/page2/", "A blog", "website")]
    public void SeoPrintsJekyllSeoTagsHead(string path, string title, string canonical, string description, string type)
    {
        var result = _site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == BlogGen.Diagnostics.Severity.Error || d.Code == BlogGen.Diagnostics.DiagnosticCodes.LiquidTagUnknown);

        var page = new HtmlParser().ParseDocument(_site.Output(path));

        Assert.Equal(title, page.Title);
        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(description, page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(type, page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("Jekyll blog", page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"));
        Assert.Equal("https://example.org/b/feed.xml", page.QuerySelector("link[type='application/atom+xml']")?.GetAttribute("href"));
    }

    private const string Config = "title: Jekyll blog\ndescription: A blog\nbaseurl: /b\npaginate: 1\n";

    [Theory]
    // the configuration, a page, a tag and attribute of its head, what it holds (null: the tag is not there)
    [InlineData("url: https://example.org\nplugins: [jekyll-paginate]", "page2/index.html", "link[rel=prev]", "href", "https://example.org/b/")]
    [InlineData("url: https://example.org\nplugins: [jekyll-paginate]", "index.html", "link[rel=next]", "href", "https://example.org/b/page2/")]
    [InlineData("url: https://example.org\nplugins: [jekyll-paginate]", "index.html", "link[rel=prev]", "href", null)]
    [InlineData("url: https://example.org\nplugins: [jekyll-paginate]", "2025/01/02/two.html", "meta[property='article:published_time']", "content", "2025-01-02T00:00:00+00:00")]
    [InlineData("url: https://example.org\nplugins: [jekyll-paginate]", "2025/01/02/two.html", "meta[name=description]", "content", "Two.")]
    [InlineData("url: https://example.org\nplugins: [jekyll-paginate]", "about.html", "meta[property='article:published_time']", "content", null)]
    [InlineData("plugins: [jekyll-paginate]", "about.html", "link[rel=canonical]", "href", null)]
    [InlineData("url: https://example.org\nplugins: [jekyll-paginate]", "about.html", "link[type='application/atom+xml']", "href", null)]
    [InlineData("url: https://example.org\nplugins: [jekyll-feed]", "about.html", "link[type='application/atom+xml']", "href", "https://example.org/b/feed.xml")]
    [InlineData("url: https://example.org\nplugins: [jekyll-feed]", "about.html", "meta[property='og:locale']", "content", "en_US")]
    [InlineData("url: https://example.org\nlang: zh-CN\nplugins: [jekyll-feed]", "about.html", "meta[property='og:locale']", "content", "zh_CN")]
    [InlineData("url: https://example.org\nauthor: Ann\nplugins: [jekyll-feed]", "about.html", "meta[name=author]", "content", "Ann")]
    [InlineData("url: https://example.org\ntwitter:\n  username: '@ann'\nplugins: [jekyll-feed]", "about.html", "meta[name='twitter:site']", "content", "@ann")]
    [InlineData("url: https://example.org\nplugins: [jekyll-feed]", "untitled.html", "title", null, "Jekyll blog | A blog")]
    public void SeoFollowsJekyllSeoTagsTemplate(string config, string path, string selector, string? attribute, string? expected)
    {
        _site.With("_config.yml", Config + config + "\n").With("untitled.md", "---\nlayout: default\n---\nNo title.");

        var result = _site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == BlogGen.Diagnostics.Severity.Error);
        var element = new HtmlParser().ParseDocument(_site.Output(path)).QuerySelector(selector);
        Assert.Equal(expected, attribute is null ? element?.TextContent : element?.GetAttribute(attribute));
    }

    [Fact]
    public void SeoWithTitleFalseLeavesTheTitleToTheTheme()
    {
        _site.With("_layouts/default.html", "<html><head><title>Mine</title>{% seo title=false %}</head><body>{{ content }}</body></html>");

        _site.Build();

        var page = new HtmlParser().ParseDocument(_site.Output("about.html"));
        Assert.Single(page.QuerySelectorAll("title"));
        Assert.Equal("Mine", page.Title);
        Assert.Equal("About me", page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
    }
}
