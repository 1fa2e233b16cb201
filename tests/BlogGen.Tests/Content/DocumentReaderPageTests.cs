using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

using static BlogGen.Tests.Content.ContentTestValues;
using static BlogGen.Tests.Content.ScannedSite;

namespace BlogGen.Tests.Content;

public sealed class DocumentReaderPageTests : IDisposable
{
    private readonly TempSite _site = new TempSite().With("_config.yml", "timezone: Asia/Shanghai\n");

    public void Dispose() => _site.Dispose();

    private Document ReadPage(string path, string frontMatter = "", string body = "Body")
    {
        _site.With(path, $"---\n{frontMatter}\n---\n{body}\n");
        var result = Read(_site, path);
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<Document>(result.Document);
    }

    [Theory]
    [InlineData("date", "index.md", "", "/", "index.html", DocumentFormat.Markdown, "page")]
    [InlineData("date", "index.html", "", "/", "index.html", DocumentFormat.Html, "page")]
    [InlineData("date", "about.md", "", "/about.html", "about.html", DocumentFormat.Markdown, "page")]
    [InlineData("pretty", "about.md", "", "/about/", "about/index.html", DocumentFormat.Markdown, "page")]
    [InlineData("pretty", "index.md", "", "/", "index.html", DocumentFormat.Markdown, "page")]
    [InlineData("date", "docs/index.md", "", "/docs/", "docs/index.html", DocumentFormat.Markdown, "page")]
    [InlineData("date", "docs/guide.markdown", "", "/docs/guide.html", "docs/guide.html", DocumentFormat.Markdown, "page")]
    [InlineData("pretty", "docs/guide.md", "", "/docs/guide/", "docs/guide/index.html", DocumentFormat.Markdown, "page")]
    [InlineData("date", "about.html", "", "/about.html", "about.html", DocumentFormat.Html, "page")]
    [InlineData("date", "robots.txt", "", "/robots.txt", "robots.txt", DocumentFormat.Other, null)]
    [InlineData("pretty", "robots.txt", "", "/robots.txt", "robots.txt", DocumentFormat.Other, null)]
    [InlineData("pretty", "feed.xml", "", "/feed.xml", "feed.xml", DocumentFormat.Other, null)]
    [InlineData("date", "assets/site.css", "", "/assets/site.css", "assets/site.css", DocumentFormat.Other, null)]
    [InlineData("date", "feed.xml", "layout: xml", "/feed.xml", "feed.xml", DocumentFormat.Other, "xml")]
    [InlineData("date", "about.md", "permalink: /me/", "/me/", "me/index.html", DocumentFormat.Markdown, "page")]
    [InlineData("date", "about.md", "permalink: /me", "/me", "me.html", DocumentFormat.Markdown, "page")]
    [InlineData("date", "docs/a.md", "permalink: /x/:basename:output_ext", "/x/a.html", "x/a.html", DocumentFormat.Markdown, "page")]
    [InlineData("date", "关于.md", "", "/关于.html", "关于.html", DocumentFormat.Markdown, "page")]
    [InlineData("date", "about.md", "layout: none", "/about.html", "about.html", DocumentFormat.Markdown, null)]
    public void PagesGetJekyllsUrlsAndLayouts(string style, string path, string frontMatter, string url, string outputPath,
        DocumentFormat format, string? layout)
    {
        _site.With("_config.yml", $"permalink: {style}\n");

        var page = ReadPage(path, frontMatter);

        Assert.Equal((DocumentKind.Page, url, outputPath, format, layout), (page.Kind, page.Url, page.OutputPath, page.Format, page.Layout));
    }

    [Theory]
    [InlineData("about.md", "", "", null)]
    [InlineData("about.md", "title: About me", "About me", null)]
    [InlineData("about.md", "date: 2025-02-13 08:00", "", "2025-02-13T08:00:00.000+08:00")]
    [InlineData("later.md", "date: 2099-01-01", "", "2099-01-01T00:00:00.000+08:00")]
    [InlineData("about.md", "date:", "", null)]
    public void PagesHaveNoTitleOrDateUnlessTheyGiveOne(string path, string frontMatter, string title, string? date)
    {
        var page = ReadPage(path, frontMatter);

        Assert.Equal((title, date), (page.Title, page.Date is { } d ? Iso(d) : null));
    }

    [Fact]
    public void APageWithABadDateIsAnError()
    {
        _site.With("about.md", "---\ntitle: About\ndate: yesterday\n---\n");

        var error = Assert.Single(Read(_site, "about.md").Diagnostics);

        Assert.Equal((DiagnosticCodes.DateInvalid, "about.md", 3), (error.Code, error.Path, error.Line));
    }

    [Theory]
    [InlineData("robots.txt", "Sitemap: /sitemap.xml\n")]
    [InlineData("notes.md", "# No front matter\n")]
    [InlineData("empty.html", "")]
    public void APageCandidateWithoutFrontMatterIsAStaticFile(string path, string text)
    {
        _site.With(path, text);

        var result = Read(_site, path);

        Assert.Equal((null, true, false), (result.Document, result.IsStatic, result.LeftOut));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void AnUnpublishedPageIsLeftOut()
    {
        _site.With("about.md", "---\npublished: false\n---\n");

        Assert.True(Read(_site, "about.md").LeftOut);
    }

    [Fact]
    public void APageThatIsNotUtf8IsAnError()
    {
        _site.WithBytes("about.md", [.. "---\ntitle: caf"u8, 0xE9, .. "\n---\n"u8]);

        var error = Assert.Single(Read(_site, "about.md").Diagnostics);

        Assert.Equal((DiagnosticCodes.NotUtf8, 2, 11), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void APermalinkThatLeavesTheDestinationIsAnError()
    {
        _site.With("about.md", "---\ntitle: About\npermalink: /../outside.html\n---\n");

        var error = Assert.Single(Read(_site, "about.md").Diagnostics);

        Assert.Equal((Severity.Error, DiagnosticCodes.PermalinkOutsideDestination, 3), (error.Severity, error.Code, error.Line));
    }

    [Fact]
    public void FrontMatterDefaultsApplyToPagesByPathAndType()
    {
        _site.With("_config.yml", """
            defaults:
              - scope: {path: docs}
                values: {layout: doc}
              - scope: {path: "", type: pages}
                values: {layout: plain, sidebar: true}
              - scope: {path: "", type: posts}
                values: {layout: article}
            """);

        var guide = ReadPage("docs/guide.md");
        var about = ReadPage("about.md");

        Assert.Equal(("doc", true), (guide.Layout, guide.FrontMatter["sidebar"]));
        Assert.Equal(("plain", true), (about.Layout, about.FrontMatter["sidebar"]));
    }

    [Theory]
    [InlineData("render_with_liquid: false", "{{ page.title }}", false)]
    [InlineData("", "{{ page.title }}", true)]
    [InlineData("", "{% if page.title %}x{% endif %}", true)]
    [InlineData("", "No Liquid { here }", false)]
    public void PagesCanTurnLiquidOff(string frontMatter, string body, bool expected)
    {
        Assert.Equal(expected, ReadPage("about.md", frontMatter, body).RenderWithLiquid);
    }

    [Theory]
    [InlineData("---\ntitle: x\n---\n", true)]
    [InlineData("\uFEFF---\n---\n", true)]
    [InlineData("---", true)]
    [InlineData("--", false)]
    [InlineData(" ---\n", false)]
    [InlineData("# Title\n---\n", false)]
    [InlineData("", false)]
    public void StartsWithFrontMatterLooksOnlyAtTheFirstBytes(string text, bool expected)
    {
        _site.With("x.md", text);

        Assert.Equal(expected, DocumentReader.StartsWithFrontMatter(_site.PathOf("x.md")));
    }
}
