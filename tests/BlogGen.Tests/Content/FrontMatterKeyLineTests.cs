using BlogGen.Content;

namespace BlogGen.Tests.Content;

public sealed class FrontMatterKeyLineTests
{
    [Theory]
    [InlineData("---\ntitle: a\ndate: x\n---\n", 3)]
    [InlineData("---\r\ntitle: a\r\ndate: x\r\n---\r\n", 3)]
    [InlineData("---\ndate: x\n---\n", 2)]
    [InlineData("---\ndate : x\n---\n", 2)]
    [InlineData("---\ndate:\n  - x\n---\n", 2)]
    [InlineData("---\n\"date\": x\n---\n", 2)]
    [InlineData("---\n'date': x\n---\n", 2)]
    [InlineData("---\ntitle: a\n---\n", 0)]
    [InlineData("---\ndates: x\nupdate: y\n---\n", 0)]
    [InlineData("---\nmeta:\n  date: x\n---\n", 0)]
    [InlineData("---\n\"date: x\"\n---\n", 0)]
    [InlineData("---\ntitle: a\n---\ndate: in the body\n", 0)]
    [InlineData("---\ntitle: a\n...\ndate: in the body\n", 0)]
    [InlineData("---\ntitle: a\ndate: never closed", 3)]
    [InlineData("", 0)]
    public void FindsTheFileLineOfATopLevelKey(string text, int expected)
    {
        Assert.Equal(expected, FrontMatterKeyLine.Find(text, "date"));
    }
}
