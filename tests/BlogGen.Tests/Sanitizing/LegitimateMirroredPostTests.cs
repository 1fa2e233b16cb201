using AngleSharp.Dom;

using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Sanitizing;

/// <summary>
/// The other half of the XSS corpus: a mirrored article (tests/fixtures/xss/legitimate.txt, shaped like the
/// seed post) built in the same site keeps the markup readers need. The seed post itself is checked by SeedPostTests.
/// </summary>
[Collection(BuiltXssSiteCollection.Name)]
public sealed class LegitimateMirroredPostTests(BuiltXssSite site)
{
    private IElement Article => site.Page(XssSite.LegitimatePostPath).QuerySelector("[itemprop=articleBody]")!;

    [Fact]
    public void Photo_table_keeps_its_styles_colgroup_and_image_attributes()
    {
        var table = Article.QuerySelector("table[border='0']")!;

        Assert.Equal("border-collapse: collapse; width: 16.4448%; border-width: 0px; margin-left: auto; margin-right: auto", table.GetAttribute("style"));
        Assert.Equal("width: 100%", table.QuerySelector("colgroup > col")!.GetAttribute("style"));
        var image = table.QuerySelector("img")!;
        Assert.Equal(
            ["src", "alt", "loading", "width", "height", "referrerpolicy"],
            image.Attributes.Select(attribute => attribute.Name));
        Assert.StartsWith("data:image/png;base64,", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(("lazy", "600", "400", "no-referrer"),
            (image.GetAttribute("loading"), image.GetAttribute("width"), image.GetAttribute("height"), image.GetAttribute("referrerpolicy")));
        Assert.Equal("font-size: 8pt", table.QuerySelector("strong > span")!.GetAttribute("style"));
    }

    [Fact]
    public void Data_table_keeps_caption_colgroup_header_cells_and_spans()
    {
        var table = Article.QuerySelector("table[border='1']")!;

        Assert.Equal("表一：季度数据", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(
            ["<col width=\"40%\">", "<col span=\"2\" style=\"width: 30%\">"],
            table.QuerySelectorAll("colgroup > col").Select(col => col.OuterHtml));
        Assert.Equal(3, table.QuerySelectorAll("thead th[scope=col]").Length);
        Assert.Equal("2", table.QuerySelector("td[rowspan]")!.GetAttribute("rowspan"));
        Assert.Equal(2, table.QuerySelectorAll("td[style='text-align: right']").Length);
        Assert.Equal(("4", "0"), (table.GetAttribute("cellpadding"), table.GetAttribute("cellspacing")));
    }

    [Fact]
    public void Text_alignment_indent_and_font_sizes_are_kept()
    {
        Assert.Equal(
            ["text-align: center", "text-align: justify; text-indent: 2em", "text-align: right"],
            Article.QuerySelectorAll("div > p[style]").Select(p => p.GetAttribute("style")));
        Assert.Equal(
            ["font-size: 8pt", "font-size: 12pt", "font-size: 14px; color: #666666"],
            Article.QuerySelectorAll("span[style]").Select(span => span.GetAttribute("style")));
    }

    [Fact]
    public void Figure_keeps_its_image_and_caption()
    {
        var figure = Article.QuerySelector("figure")!;

        Assert.Equal(("300", "200"), (figure.QuerySelector("img")!.GetAttribute("width"), figure.QuerySelector("img")!.GetAttribute("height")));
        Assert.Equal("图一：数据来源于公开资料", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Every_heading_has_an_id_and_the_written_one_is_kept()
    {
        var headings = Article.QuerySelectorAll("h2, h3").ToList();

        Assert.Equal(4, headings.Count);
        Assert.Contains(headings, heading => heading.Id == "原文小标题");
        Assert.All(headings, heading => Assert.False(string.IsNullOrEmpty(heading.Id), heading.OuterHtml));
        Assert.Equal(headings.Count, headings.Select(heading => heading.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Links_quotes_and_inline_semantics_are_kept()
    {
        Assert.Equal(
            "<a href=\"https://news.example.com/related.html\" target=\"_blank\" rel=\"noopener noreferrer\">相关报道</a>",
            Article.QuerySelector("a[target]")!.OuterHtml);
        Assert.Equal("引用的一段话。", Article.QuerySelector("blockquote > p")!.TextContent);
        Assert.Equal(("2", "2"), (Article.QuerySelector("sub")!.TextContent, Article.QuerySelector("sup")!.TextContent));
    }

    [Fact]
    public void Only_the_comment_and_data_path_are_removed()
    {
        const string source = "_posts/2025-02-01-legitimate.txt";
        var report = Assert.Single(site.Result.SanitizerReports, d => d.Path == source);

        Assert.Equal(DiagnosticCodes.SanitizerRemoved, report.Code);
        Assert.StartsWith("the sanitizer removed 2 thing(s): removed attribute data-path from <img>; removed HTML comment.", report.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Path == source);
    }
}
