using BlogGen.Content;

namespace BlogGen.Tests.Content;

/// <summary>Which lines can nest deeper than Markdown can render, and which only look busy.</summary>
public sealed class MarkdownNestingTests
{
    public static TheoryData<string, int?> Lines => new()
    {
        // (markdown, the line found too deep, or null)
        { "Plain text with *some* emphasis and [a link](/x).", null },
        { "text " + new string('*', 100) + " text", null },
        { "text " + new string('*', 101) + " text", 1 },
        { "first line\nsecond " + new string('[', 101), 2 },
        { "a " + new string('_', 60) + " b " + new string('_', 101), 1 },
        { string.Concat(Enumerable.Repeat("*_", 200)), null },
        { new string('~', 150) + "x", null }, // a run of '~' at the start opens a code fence
        { "```\n" + new string('*', 300) + "\n```\nafter", null },
        { "```\ncode\n```\nx " + new string('*', 101), 4 },
        { string.Concat(Enumerable.Repeat("> ", 101)) + "deep", 1 },
        { new string('-', 300), null }, // a thematic break
        // Lines end as in CommonMark (\n, \r\n, \r), so the line is the file's: a form feed or a Unicode line separator ends none.
        { "a\rb\r\nc\nx " + new string('*', 101), 4 },
        { "a\u2028b\fc\u0085d\u2029e\nx " + new string('*', 101), 2 },
        { "a\r\n\r\n", null },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Finds_the_first_line_too_deep_to_render(string markdown, int? line) =>
        Assert.Equal(line, MarkdownNesting.FindTooDeep(markdown)?.Line);
}
