using BlogGen.Markdown;

namespace BlogGen.Tests.Markdown;

public sealed class CjkLineBreakTests
{
    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe);

    [Theory]
    [InlineData("中文的\n文章", "<p>中文的文章</p>\n")]
    [InlineData("句子结束。\n下一句", "<p>句子结束。下一句</p>\n")]
    [InlineData("日本語の\nテキスト", "<p>日本語のテキスト</p>\n")]
    [InlineData("English\nwords", "<p>English\nwords</p>\n")]
    [InlineData("中文\nEnglish", "<p>中文\nEnglish</p>\n")]
    [InlineData("English\n中文", "<p>English\n中文</p>\n")]
    [InlineData("中文  \n硬换行", "<p>中文<br />\n硬换行</p>\n")]
    [InlineData("𠀀\n𠀁", "<p>𠀀𠀁</p>\n")]
    public void SoftBreaksBetweenCjkCharactersDisappear(string markdown, string html) =>
        Assert.Equal(html, Renderer.Render(markdown).Html);
}
