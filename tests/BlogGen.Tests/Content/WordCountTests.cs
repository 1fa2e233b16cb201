using BlogGen.Content;

namespace BlogGen.Tests.Content;

public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("one two three", 3, 0)]
    [InlineData("stop, go!", 2, 0)]
    [InlineData("美国总统特朗普", 7, 7)]
    [InlineData("BlogGen 让博客更快", 6, 5)]
    [InlineData("日本語のテキスト, and English.", 10, 8)]
    public void CjkCharactersCountOneWordEach(string text, int words, int cjk) =>
        Assert.Equal(new WordCount(words, cjk), WordCount.Of(text));
}
