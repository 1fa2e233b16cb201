using BlogGen.Generators;
using BlogGen.Markdown;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class TableOfContentsTests
{
    [Fact]
    public void Headings_nest_by_level_and_link_to_their_ids()
    {
        HeadingInfo[] headings =
        [
            new(2, "intro", "Intro"),
            new(3, "details", "Details & <more>"),
            new(4, "deep", "Deep"),
            new(2, "特朗普立即启动谈判", "特朗普：立即启动谈判"),
            new(3, "end", "End"),
        ];

        var html = TableOfContents.Html(headings);

        Assert.Equal(
            "<nav class=\"toc\" aria-label=\"Contents\">\n<ol>\n"
            + "<li><a href=\"#intro\">Intro</a>\n<ol>\n"
            + "<li><a href=\"#details\">Details &amp; &lt;more&gt;</a>\n<ol>\n"
            + "<li><a href=\"#deep\">Deep</a></li>\n</ol>\n</li>\n</ol>\n</li>\n"
            + "<li><a href=\"#特朗普立即启动谈判\">特朗普：立即启动谈判</a>\n<ol>\n"
            + "<li><a href=\"#end\">End</a></li>\n</ol>\n</li>\n"
            + "</ol>\n</nav>",
            html);
    }

    [Fact]
    public void A_heading_shallower_than_the_first_stays_in_the_outer_list()
    {
        var html = TableOfContents.Html([new(3, "a", "A"), new(2, "b", "B")]);

        var items = Html.Parse(html!).QuerySelectorAll("nav > ol > li > a").Select(a => a.TextContent);
        Assert.Equal(["A", "B"], items);
    }

    [Fact]
    public void No_headings_give_no_table() => Assert.Null(TableOfContents.Html([]));

    [Theory]
    [InlineData("_posts/2025-01-01-post.md", "2025/01/01/post.html")]
    [InlineData("about.md", "about.html")]
    public void Toc_true_shows_the_table_before_the_body(string source, string output)
    {
        using var site = new TempSite()
            .With("_config.yml", "title: T\n")
            .With(source, "---\ntitle: Doc\ntoc: true\n---\n## First\n\ntext\n\n### 中文 标题\n\n## Second\n");

        site.Build();

        var page = Html.Parse(site.Output(output));
        var toc = page.QuerySelector("nav.toc[aria-label=Contents]");
        Assert.NotNull(toc);
        Assert.Equal(["#first", "#中文-标题", "#second"], toc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("中文 标题", page.QuerySelector("[id='中文-标题']")?.TextContent);
        Assert.True(toc.CompareDocumentPosition(page.QuerySelector("#first")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Theory]
    [InlineData("toc: false\n")]
    [InlineData("")]
    [InlineData("toc: \"<script>x</script>\"\n")]
    public void Without_toc_true_there_is_no_table(string frontMatter)
    {
        using var site = new TempSite()
            .With("_config.yml", "title: T\n")
            .With("_posts/2025-01-01-post.md", $"---\ntitle: Doc\n{frontMatter}---\n## First\n");

        site.Build();

        var output = site.Output("2025/01/01/post.html");
        Assert.Null(Html.Parse(output).QuerySelector("nav.toc"));
        Assert.DoesNotContain("<script>x", output, StringComparison.Ordinal);
    }
}
