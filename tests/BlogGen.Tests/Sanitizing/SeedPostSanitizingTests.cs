using AngleSharp.Html.Parser;

using BlogGen.Sanitizing;

namespace BlogGen.Tests.Sanitizing;

/// <summary>The seed post, a mirrored Nikkei article, comes through the default policy whole.</summary>
public sealed class SeedPostSanitizingTests
{
    private static readonly SanitizeResult Result = new HtmlFragmentSanitizer(SanitizePolicy.Default).Sanitize(SeedPostFragment.Html);

    [Fact]
    public void Keeps_the_table_and_its_styles()
    {
        Assert.Contains(
            "<table border=\"0\" style=\"border-collapse: collapse; width: 16.4448%; border-width: 0px; margin-left: auto; margin-right: auto\">"
            + "<colgroup><col style=\"width: 100%\"></colgroup><tbody>",
            Result.Html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_image_that_only_loads_without_a_referrer()
    {
        Assert.Contains(
            "<img src=\"https://cn.nikkei.com/images/2025/02/0213/0213-0-1-L-REUTERS.jpg\" loading=\"lazy\" width=\"600\" height=\"400\" referrerpolicy=\"no-referrer\">",
            Result.Html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_every_paragraph_and_font_size_span()
    {
        var output = Parse(Result.Html);

        Assert.Equal(25, output.QuerySelectorAll("div > p").Length);
        Assert.Single(output.QuerySelectorAll("span[style='font-size: 8pt']"));
        Assert.Equal(5, output.QuerySelectorAll("span[style='font-size: 12pt']").Length);
    }

    [Fact]
    public void Keeps_the_closing_copyright_line()
    {
        var last = Parse(Result.Html).QuerySelector("div")!.LastElementChild!;

        Assert.Equal("strong", last.LocalName);
        Assert.Equal("版权声明：日本经济新闻社版权所有，未经授权不得转载或部分复制，违者必究。", last.TextContent);
    }

    [Fact]
    public void Keeps_all_the_text()
    {
        Assert.Equal(Parse(SeedPostFragment.Html).TextContent, Parse(Result.Html).TextContent);
    }

    [Fact]
    public void Removes_only_the_comment_and_data_path()
    {
        Assert.Equal(["removed attribute data-path from <img>", "removed HTML comment"], Result.Removals);
        Assert.DoesNotContain("<!--", Result.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-path", Result.Html, StringComparison.Ordinal);
    }

    private static AngleSharp.Html.Dom.IHtmlElement Parse(string html) => new HtmlParser().ParseDocument(html).Body!;
}
