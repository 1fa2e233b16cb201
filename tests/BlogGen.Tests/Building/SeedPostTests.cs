using AngleSharp.Dom;

using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>The model input: a mirrored Nikkei article in a folder holding nothing but a config and the post, built with the embedded theme.</summary>
public sealed class SeedPostTests : IClassFixture<SeedPostTests.SeedSite>
{
    private const string PostPath = "日本経済新聞/2025/02/13/000_60de0c3de778011c.html";
    private readonly SeedSite _site;

    public SeedPostTests(SeedSite site) => _site = site;

    public sealed class SeedSite : IDisposable
    {
        public SeedSite()
        {
            Site = new TempSite()
                .With("_config.yml", "title: 镜像\nlang: zh-CN\ntimezone: Asia/Shanghai\nurl: https://blog.example.org\n")
                .With("_posts/000_60de0c3de778011c.txt", File.ReadAllText(RepositoryFiles.SeedPostPath));
            Result = Site.Build();
            Document = Html.Parse(Site.Output(PostPath));
        }

        public TempSite Site { get; }

        public BlogGen.Building.BuildResult Result { get; }

        public IDocument Document { get; }

        public void Dispose() => Site.Dispose();
    }

    private IElement Body => _site.Document.QuerySelector("[itemprop=articleBody]")!;

    [Fact]
    public void BuildsWithoutErrors()
    {
        Assert.DoesNotContain(_site.Result.Diagnostics, d => d.Severity == BlogGen.Diagnostics.Severity.Error);
        Assert.Equal(1, _site.Result.Posts);
        Assert.Equal(0, _site.Result.ExitCode);
    }

    [Fact]
    public void TitleIsInTitleAndHeadline()
    {
        const string title = "特朗普与普京达成协议，启动终止战争谈判";
        Assert.Contains(title, _site.Document.Title, StringComparison.Ordinal);
        Assert.Equal(title, _site.Document.QuerySelector("article[itemscope][itemtype='https://schema.org/BlogPosting'] h1[itemprop=headline]")!.TextContent.Trim());
    }

    [Fact]
    public void DateIsInTheSiteTimeZone() =>
        Assert.Equal("2025-02-13T07:55:52+08:00", _site.Document.QuerySelector("time[itemprop=datePublished]")!.GetAttribute("datetime"));

    [Fact]
    public void LanguageComesFromConfig() =>
        Assert.Equal("zh-CN", _site.Document.DocumentElement.GetAttribute("lang"));

    [Fact]
    public void TableAndColgroupSurvive()
    {
        var table = Body.QuerySelector("table")!;
        Assert.NotNull(table.QuerySelector("colgroup > col"));
        Assert.Contains("border-collapse", table.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void ImageKeepsTheAttributesItNeedsToLoad()
    {
        var image = Body.QuerySelector("img")!;
        Assert.Equal("https://cn.nikkei.com/images/2025/02/0213/0213-0-1-L-REUTERS.jpg", image.GetAttribute("src"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal("600", image.GetAttribute("width"));
        Assert.Equal("400", image.GetAttribute("height"));
        Assert.Equal("no-referrer", image.GetAttribute("referrerpolicy"));
    }

    [Theory]
    [InlineData("特朗普：立即启动谈判")]
    [InlineData("与泽连斯基通话")]
    [InlineData("持续接触 探讨面对面会谈")]
    [InlineData("俄罗斯释放美籍被扣押人员 白宫称是积极信号")]
    [InlineData("俄罗斯要求割让领土 谈判或陷入僵局")]
    public void EverySectionHeadingSurvives(string heading) =>
        Assert.Contains(Body.QuerySelectorAll("strong"), strong => strong.TextContent.Trim() == heading);

    [Fact]
    public void EveryParagraphSurvivesToTheLast()
    {
        var source = File.ReadAllText(RepositoryFiles.SeedPostPath);
        var sourceParagraphs = source.Split("<p>").Length - 1;
        Assert.Equal(sourceParagraphs, Body.QuerySelectorAll("p").Length);
        Assert.Contains("同时，特朗普表示，美国对乌克兰的巨额财政援助必须以乌克兰提供稀土作为交换条件。", Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("版权声明：日本经济新闻社版权所有", Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CommentIsRemovedAndNoScriptRemains()
    {
        Assert.DoesNotContain("1739404552000", Body.InnerHtml, StringComparison.Ordinal);
        Assert.Empty(Body.QuerySelectorAll("script"));
        // JSON-LD in the head is data, not script: the browser never runs it.
        Assert.Empty(Html.ExecutableScripts(_site.Site.Output(PostPath)));
    }

    [Fact]
    public void SourceLinkIsVisible()
    {
        const string from = "https://cn.nikkei.com/politicsaeconomy/politicsasociety/58010-2025-02-13-08-55-52.html";
        var links = _site.Document.QuerySelectorAll("article a").Where(a => a.GetAttribute("href") == from).ToList();
        Assert.Contains(links, a => !Body.Contains(a));
    }

    [Fact]
    public void TagsAndCategoriesAreShown()
    {
        var article = _site.Document.QuerySelector("article")!;
        var outsideBody = article.TextContent.Replace(Body.TextContent, "", StringComparison.Ordinal);
        Assert.Contains("日本経済新聞", outsideBody, StringComparison.Ordinal);
    }

    [Fact]
    public void HomePageListsThePostAndTheStylesheetExists()
    {
        var home = Html.Parse(_site.Site.Output("index.html"));
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/" + Uri.EscapeDataString("日本経済新聞") + "/2025/02/13/000_60de0c3de778011c.html");
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.True(_site.Site.HasOutput(stylesheet.TrimStart('/')));
        Assert.True(_site.Site.HasOutput(".nojekyll"));
    }
}
