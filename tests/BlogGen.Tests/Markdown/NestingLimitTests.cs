using BlogGen.Markdown;

namespace BlogGen.Tests.Markdown;

/// <summary>
/// Found by the fuzzer (tests/BlogGen.Fuzz): Markdig throws past its nesting limit, which stopped the whole build.
/// The renderer's guard is the one of the hostile-content work; these are the fuzzer's minimized inputs.
/// </summary>
public sealed class NestingLimitTests
{
    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe);

    [Theory]
    [InlineData(">", 4096, " quoted <b>")]
    [InlineData("1. ", 8192, "item & more")]
    [InlineData("- ", 200, "item")]
    public void TooDeepANestingIsShownAsTheTextItIs(string unit, int depth, string text)
    {
        var markdown = string.Concat(Enumerable.Repeat(unit, depth)) + text + "\n";

        var result = Renderer.Render(markdown);

        var escaped = markdown.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        Assert.Equal($"<pre><code>{escaped}</code></pre>\n", result.Html);
        Assert.False(result.ContainsRawHtml);
    }

    [Fact]
    public void NestingWithinTheLimitIsStillMarkdown()
    {
        var result = Renderer.Render(string.Concat(Enumerable.Repeat("> ", 20)) + "deep\n");

        Assert.Equal(20, result.Html.Split("<blockquote>").Length - 1);
    }
}
