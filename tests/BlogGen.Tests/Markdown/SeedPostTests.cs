using BlogGen.Content;
using BlogGen.Markdown;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Markdown;

public sealed class SeedPostTests
{
    private const string Title = "特朗普与普京达成协议，启动终止战争谈判";
    private const string TitleId = "特朗普与普京达成协议启动终止战争谈判";
    private const string Source = "https://cn.nikkei.com/politicsaeconomy/politicsasociety/58010-2025-02-13-08-55-52.html";

    private static readonly string Body = FrontMatterParser.Parse(File.ReadAllText(RepositoryFiles.SeedPostPath), "seed", TimeZoneInfo.Utc).Body;

    [Fact]
    public void Seed_body_renders_its_heading_and_passes_the_raw_html_through()
    {
        var renderer = new MarkdownRenderer(TestUrlPolicy.IsSafe);
        var result = renderer.Render(Body);

        var divStart = Body.IndexOf("<div>", StringComparison.Ordinal);
        var divEnd = Body.IndexOf("</div>", StringComparison.Ordinal) + "</div>".Length;
        var rawDiv = Body[divStart..divEnd];
        Assert.Equal(
            $"<!--1739404552000-->\n<h2 id=\"{TitleId}\"><a href=\"{Source}\">{Title}</a></h2>\n{rawDiv}\n",
            renderer.Marks.Strip(result.Html));
        // Each piece of raw HTML between marks, the start mark naming its line, for the sanitizer.
        Assert.StartsWith(renderer.Marks.Start(1) + "<!--1739404552000-->" + renderer.Marks.End + "\n", result.Html, StringComparison.Ordinal);
        Assert.True(result.ContainsRawHtml);
        Assert.Equal([new HeadingInfo(2, TitleId, Title)], result.Headings);
        Assert.Empty(result.RemovedUrls);
    }
}
