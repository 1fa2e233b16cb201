using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

using static BlogGen.Tests.Content.ContentTestValues;
using static BlogGen.Tests.Content.ScannedSite;

namespace BlogGen.Tests.Content;

public sealed class DocumentReaderPostTests : IDisposable
{
    private readonly TempSite _site = new TempSite().With("_config.yml", "timezone: Asia/Shanghai\n");

    public void Dispose() => _site.Dispose();

    private Document ReadPost(string path, string frontMatter, ConfigOverrides? overrides = null, string body = "Body")
    {
        _site.With(path, $"---\n{frontMatter}\n---\n{body}\n");
        var result = Read(_site, path, overrides);
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<Document>(result.Document);
    }

    private Diagnostic ReadError(string path, string frontMatter)
    {
        _site.With(path, $"---\n{frontMatter}\n---\nBody\n");
        var result = Read(_site, path);
        Assert.Null(result.Document);
        Assert.False(result.LeftOut);
        return Assert.Single(result.Diagnostics);
    }

    [Theory]
    [InlineData("_posts/2025-02-13-hello.md", "", "2025-02-13T00:00:00.000+08:00")]
    [InlineData("_posts/2025-2-3-hello.md", "", "2025-02-03T00:00:00.000+08:00")]
    [InlineData("_posts/2025/2025-02-13-hello.md", "", "2025-02-13T00:00:00.000+08:00")]
    [InlineData("_posts/2025-02-13-hello.md", "date: 2025-02-12T23:55:52.000Z", "2025-02-13T07:55:52.000+08:00")]
    [InlineData("_posts/hello.md", "date: 2025-02-13 08:55:52 +0900", "2025-02-13T07:55:52.000+08:00")]
    [InlineData("_posts/hello.md", "date: 2025-02-13 07:55", "2025-02-13T07:55:00.000+08:00")]
    [InlineData("_posts/hello.md", "date: '2025-02-13'", "2025-02-13T00:00:00.000+08:00")]
    [InlineData("_posts/2025-02-13-hello.md", "date:", "2025-02-13T00:00:00.000+08:00")]
    [InlineData("_posts/000_60de0c3de778011c.txt", "date: 2025-02-12T23:55:52.000Z", "2025-02-13T07:55:52.000+08:00")]
    public void ThePostDateComesFromFrontMatterElseFromTheFileNameInTheSiteTimeZone(string path, string frontMatter, string expected)
    {
        Assert.Equal(expected, Iso(ReadPost(path, frontMatter).Date!.Value));
    }

    [Theory]
    [InlineData("_posts/hello.md", "title: Hello")]
    [InlineData("_posts/25-02-13-hello.md", "title: Hello")]
    [InlineData("_posts/2025-02-13.md", "title: Hello")]
    public void APostWithoutAnyDateIsAnErrorNamingTheFile(string path, string frontMatter)
    {
        var error = ReadError(path, frontMatter);

        Assert.Equal((Severity.Error, DiagnosticCodes.PostWithoutDate, path), (error.Severity, error.Code, error.Path));
        Assert.Contains("add `date: YYYY-MM-DD`", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: someday", 2)]
    [InlineData("title: Hello\ndate: 2025-13-45", 3)]
    [InlineData("title: Hello\ntags: [a]\ndate : 'last Tuesday'", 4)]
    [InlineData("title: Hello\ndate: [2025]", 3)]
    public void ABadDateIsAnErrorOnTheLineOfTheDateKey(string frontMatter, int line)
    {
        var error = ReadError("_posts/2025-02-13-hello.md", frontMatter);

        Assert.Equal((DiagnosticCodes.DateInvalid, "_posts/2025-02-13-hello.md", line), (error.Code, error.Path, error.Line));
        Assert.Contains("is not a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadDateFromDefaultsIsReportedWithoutALine()
    {
        _site.With("_config.yml", "defaults:\n  - scope: {path: _posts}\n    values: {date: soon}\n");

        var error = ReadError("_posts/hello.md", "title: Hello");

        Assert.Equal((DiagnosticCodes.DateInvalid, 0), (error.Code, error.Line));
    }

    [Theory]
    [InlineData("_posts/2025-02-13-hello-world.md", "", "Hello World", "hello-world", "/2025/02/13/hello-world.html")]
    [InlineData("_posts/2025-02-13-mIXed-CASE.md", "", "Mixed Case", "mixed-case", "/2025/02/13/mIXed-CASE.html")]
    [InlineData("_posts/2025-02-13-日本経済新聞.md", "", "日本経済新聞", "日本経済新聞", "/2025/02/13/日本経済新聞.html")]
    [InlineData("_posts/2025-02-13-x.md", "title: 特朗普：立即启动谈判", "特朗普：立即启动谈判", "x", "/2025/02/13/x.html")]
    [InlineData("_posts/2025-02-13-x.md", "slug: Trump Talks", "X", "trump-talks", "/2025/02/13/Trump-Talks.html")]
    [InlineData("_posts/hello.md", "date: 2025-02-13", "Hello", "hello", "/2025/02/13/hello.html")]
    [InlineData("_posts/2025-02-13-x.md", "title: 2025", "2025", "x", "/2025/02/13/x.html")]
    [InlineData("_posts/2025-02-13-x.md", "title: true", "true", "x", "/2025/02/13/x.html")]
    [InlineData("_posts/2025-02-13-x.md", "title: [a, b]", "X", "x", "/2025/02/13/x.html")]
    [InlineData("_posts/2025-02-13-x.md", "categories: [News, World]", "X", "x", "/news/world/2025/02/13/x.html")]
    [InlineData("_posts/2025-02-13-x.md", "permalink: /archive/:year/:slug/", "X", "x", "/archive/2025/x/")]
    public void TitleSlugAndUrlFollowJekyll(string path, string frontMatter, string title, string slug, string url)
    {
        var post = ReadPost(path, frontMatter);

        Assert.Equal((title, slug, url), (post.Title, post.Slug, post.Url));
    }

    [Theory]
    [InlineData("date", "/2025/02/13/hello.html", "2025/02/13/hello.html")]
    [InlineData("pretty", "/2025/02/13/hello/", "2025/02/13/hello/index.html")]
    [InlineData("none", "/hello.html", "hello.html")]
    [InlineData("/blog/:year/:title.html", "/blog/2025/hello.html", "blog/2025/hello.html")]
    public void TheConfiguredPermalinkStyleGivesUrlAndOutputPath(string style, string url, string outputPath)
    {
        _site.With("_config.yml", $"permalink: {style}\n");

        var post = ReadPost("_posts/2025-02-13-hello.md", "");

        Assert.Equal((url, outputPath), (post.Url, post.OutputPath));
    }

    // Jekyll's :title keeps the case of the file name (or of front matter's slug); :slug is lower case. A migrated blog
    // keeps its URLs only if BlogGen does the same.
    [Theory]
    [InlineData("_posts/2025-02-13-Hello-World.md", "", "/2025/02/13/Hello-World.html")]
    [InlineData("_posts/2025-02-13-hello-world.md", "", "/2025/02/13/hello-world.html")]
    [InlineData("_posts/2025-02-13-x.md", "slug: My Post", "/2025/02/13/My-Post.html")]
    [InlineData("_posts/2025-02-13-Hello-World.md", "permalink: /:year/:slug/", "/2025/hello-world/")]
    [InlineData("_posts/2025-02-13-Hello-World.md", "permalink: /:year/:title/:slug/", "/2025/Hello-World/hello-world/")]
    public void TitleInPermalinksKeepsTheCaseOfTheFileNameAndSlugIsLowerCase(string path, string frontMatter, string url) =>
        Assert.Equal(url, ReadPost(path, frontMatter).Url);

    [Theory]
    [InlineData("permalink: /../../etc/passwd", DiagnosticCodes.PermalinkOutsideDestination, 2)]
    [InlineData("title: x\npermalink: /a/:b/", DiagnosticCodes.PermalinkInvalid, 3)]
    public void APermalinkThatCannotBeUsedIsAnErrorOnItsLine(string frontMatter, string code, int line)
    {
        var error = ReadError("_posts/2025-02-13-hello.md", frontMatter);

        Assert.Equal((code, line), (error.Code, error.Line));
    }

    [Theory]
    [InlineData("tags: [a, b]", "a|b", "")]
    [InlineData("tags: a b", "a|b", "")]
    [InlineData("tags: \"a\tb  c\"", "a|b|c", "")]
    [InlineData("tag: machine learning", "machine learning", "")]
    [InlineData("tags: a\ntag: b", "a|b", "")]
    [InlineData("tags: [2025, news, news]", "2025|news", "")]
    [InlineData("tags: [a, null, '', ' b ']", "a|b", "")]
    [InlineData("tags:", "", "")]
    [InlineData("categories: [News, 日本]", "", "News|日本")]
    [InlineData("categories: News World", "", "News|World")]
    [InlineData("category: Machine Learning", "", "Machine Learning")]
    [InlineData("category: News\ncategories: [World, News]", "", "World|News")]
    public void TagsAndCategoriesAreListsOrSpaceSeparatedStrings(string frontMatter, string tags, string categories)
    {
        var post = ReadPost("_posts/2025-02-13-x.md", frontMatter);

        Assert.Equal((tags, categories), (string.Join('|', post.Tags), string.Join('|', post.Categories)));
    }

    [Theory]
    [InlineData("published: false")]
    [InlineData("published: 'false'")]
    [InlineData("date: 2026-11-28")]
    [InlineData("date: 2026-11-27 20:00:01 +0800")]
    public void UnpublishedAndFuturePostsAreLeftOutQuietly(string frontMatter)
    {
        _site.With("_posts/2025-02-13-x.md", $"---\n{frontMatter}\n---\n");

        var result = Read(_site, "_posts/2025-02-13-x.md");

        Assert.Equal((null, true, false), (result.Document, result.LeftOut, result.IsStatic));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("published: true")]
    [InlineData("date: 2026-11-27 20:00:00 +0800")]
    public void PostsUpToTheBuildTimeArePublished(string frontMatter)
    {
        Assert.NotNull(ReadPost("_posts/2025-02-13-x.md", frontMatter));
    }

    [Fact]
    public void FuturePostsAreReadWithShowFuture()
    {
        var post = ReadPost("_posts/2030-01-01-later.md", "", new ConfigOverrides { ShowFuture = true });

        Assert.Equal("/2030/01/01/later.html", post.Url);
    }

    [Theory]
    [InlineData("_drafts/idea.md", "", "2025-03-04T13:14:15.000+08:00", "Idea")]
    [InlineData("_drafts/idea.md", "date: 2025-01-02 03:04:05", "2025-01-02T03:04:05.000+08:00", "Idea")]
    [InlineData("_drafts/2025-01-02-idea.md", "", "2025-01-02T00:00:00.000+08:00", "Idea")]
    public void DraftsAreDatedByFrontMatterByFileNameOrByTheirFileTime(string path, string frontMatter, string date, string title)
    {
        _site.With(path, $"---\n{frontMatter}\n---\n");
        File.SetLastWriteTimeUtc(_site.PathOf(path), new DateTime(2025, 3, 4, 5, 14, 15, DateTimeKind.Utc));

        var result = Read(_site, path, new ConfigOverrides { ShowDrafts = true });

        var draft = Assert.IsType<Document>(result.Document);
        Assert.Equal((DocumentKind.Draft, date, title), (draft.Kind, Iso(draft.Date!.Value), draft.Title));
    }

    [Theory]
    [InlineData("_posts/2025-02-13-x.md")]
    [InlineData("_drafts/x.md")]
    public void AFileInPostsOrDraftsWithoutFrontMatterIsLeftOutWithAWarning(string path)
    {
        _site.With(path, "# Just Markdown\n\nNo front matter.\n");

        var result = Read(_site, path);

        Assert.Equal((null, true, false), (result.Document, result.LeftOut, result.IsStatic));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.NotAPost, path), (warning.Severity, warning.Code, warning.Path));
        Assert.Contains("start it with a '---' line", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x3A, 0x20, 0xE9, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A }, 2, 4)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x2D, 0x00 }, 1, 1)]
    public void TextThatIsNotUtf8IsAnErrorWithItsPlace(byte[] bytes, int line, int column)
    {
        _site.WithBytes("_posts/2025-02-13-x.md", bytes);

        var error = Assert.Single(Read(_site, "_posts/2025-02-13-x.md").Diagnostics);

        Assert.Equal((Severity.Error, DiagnosticCodes.NotUtf8, line, column), (error.Severity, error.Code, error.Line, error.Column));
    }

    [Theory]
    [InlineData("", "post", true, null)]
    [InlineData("layout: wide", "wide", true, null)]
    [InlineData("layout: none", null, true, null)]
    [InlineData("layout: null", null, true, null)]
    [InlineData("layout:", null, true, null)]
    [InlineData("layout: false", null, true, null)]
    [InlineData("render_with_liquid: false", "post", false, null)]
    [InlineData("render_with_liquid: true", "post", true, null)]
    [InlineData("excerpt_separator: <!--more-->", "post", true, "<!--more-->")]
    public void LayoutLiquidAndExcerptSeparatorComeFromFrontMatter(string frontMatter, string? layout, bool liquid, string? separator)
    {
        var post = ReadPost("_posts/2025-02-13-x.md", frontMatter, body: "Body {{ page.title }}");

        Assert.Equal((layout, liquid, separator), (post.Layout, post.RenderWithLiquid, post.ExcerptSeparator));
    }

    [Fact]
    public void A_body_without_Liquid_markup_is_not_rendered_with_Liquid()
    {
        Assert.False(ReadPost("_posts/2025-02-13-x.md", "render_with_liquid: true").RenderWithLiquid);
    }

    [Theory]
    [InlineData("", "<!--cut-->")]
    [InlineData("excerpt_separator: <!--more-->", "<!--more-->")]
    [InlineData("excerpt_separator: ''", "")]
    public void FrontMatterExcerptSeparatorWinsOverTheConfiguredOne(string frontMatter, string expected)
    {
        _site.With("_config.yml", "excerpt_separator: <!--cut-->\n");

        Assert.Equal(expected, ReadPost("_posts/2025-02-13-x.md", frontMatter).ExcerptSeparator);
    }

    [Fact]
    public void BodyFrontMatterAndFormatAreKept()
    {
        _site.With("_posts/2025-02-13-x.markdown", "\uFEFF---\ntitle: X\nfrom: https://example.org/a\n---\nFirst line\n\nSecond\n");

        var post = Assert.IsType<Document>(Read(_site, "_posts/2025-02-13-x.markdown").Document);

        Assert.Equal(DocumentFormat.Markdown, post.Format);
        Assert.Equal("First line\n\nSecond\n", post.Body);
        Assert.Equal(5, post.BodyStartLine);
        Assert.Equal("https://example.org/a", post.FrontMatter["from"]);
        Assert.Equal(("_posts/2025-02-13-x.markdown", "2025/02/13/x.html"), (post.Source.RelativePath, post.OutputPath));
    }

    [Theory]
    [InlineData("_posts/2025-02-13-x.md", DocumentFormat.Markdown)]
    [InlineData("_posts/2025-02-13-x.txt", DocumentFormat.Markdown)]
    [InlineData("_posts/2025-02-13-x.html", DocumentFormat.Html)]
    [InlineData("_posts/2025-02-13-x.HTM", DocumentFormat.Html)]
    public void PostFormatsFollowTheExtension(string path, DocumentFormat expected)
    {
        Assert.Equal(expected, ReadPost(path, "").Format);
    }

    [Fact]
    public void FrontMatterDefaultsApplyToPostsInTheirScope()
    {
        _site.With("_config.yml", """
            timezone: Asia/Shanghai
            defaults:
              - scope: {path: ""}
                values: {layout: base, author: Everyone}
              - scope: {path: "", type: posts}
                values: {layout: article, render_with_liquid: false}
              - scope: {path: _posts/news}
                values: {categories: [News], author: Desk}
            """);

        var news = ReadPost("_posts/news/2025-02-13-a.md", "title: A");
        var other = ReadPost("_posts/2025-02-13-b.md", "title: B\nlayout: wide");

        Assert.Equal(("article", false, "Desk", "/news/2025/02/13/a.html"), (news.Layout, news.RenderWithLiquid, news.FrontMatter["author"], news.Url));
        Assert.Equal(("wide", false, "Everyone", "/2025/02/13/b.html"), (other.Layout, other.RenderWithLiquid, other.FrontMatter["author"], other.Url));
    }

    [Fact]
    public void DefaultsCanUnpublish()
    {
        _site.With("_config.yml", "defaults:\n  - scope: {path: _posts/old}\n    values: {published: false}\n")
            .With("_posts/old/2020-01-01-a.md", "---\n---\n");

        Assert.True(Read(_site, "_posts/old/2020-01-01-a.md").LeftOut);
    }

    [Fact]
    public void YamlErrorsStopTheFileWithTheirDiagnostics()
    {
        _site.With("_posts/2025-02-13-x.md", "---\ntitle: [unclosed\n---\n");

        var result = Read(_site, "_posts/2025-02-13-x.md");

        Assert.Null(result.Document);
        Assert.False(result.LeftOut);
        Assert.Equal(DiagnosticCodes.FrontMatterYamlError, Assert.Single(result.Diagnostics).Code);
    }
}
