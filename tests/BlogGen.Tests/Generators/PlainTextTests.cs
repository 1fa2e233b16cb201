using BlogGen.Generators;

namespace BlogGen.Tests.Generators;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("<p>Hello <em>wor</em>ld</p>", "Hello world")]
    [InlineData("<p>one</p><p>two</p>", "one two")]
    [InlineData("<ul><li>a</li><li>b</li></ul><h2>c</h2>", "a b c")]
    [InlineData("line<br>break", "line break")]
    [InlineData("<p>  spaced\n\n\tout  </p>", "spaced out")]
    [InlineData("<p>Fish &amp; chips &lt;3 &#x65E5;</p>", "Fish & chips <3 日")]
    [InlineData("<p>中国<strong>商务部</strong>表示</p>", "中国商务部表示")]
    [InlineData("<table><tr><td>x</td><td>y</td></tr></table>", "x y")]
    [InlineData("<p>shown</p><script>hidden()</script><style>p{}</style>", "shown")]
    [InlineData("", "")]
    public void HtmlBecomesItsReadableText(string html, string expected) =>
        Assert.Equal(expected, PlainText.FromHtml(html));

    [Theory]
    [InlineData("abcdef", 10, "abcdef")]
    [InlineData("abcdef", 3, "abc")]
    [InlineData("ab cdef", 3, "ab")]
    [InlineData("a😀b", 2, "a")]
    [InlineData("a😀b", 3, "a😀")]
    public void TruncateNeverSplitsASurrogatePair(string text, int limit, string expected) =>
        Assert.Equal(expected, PlainText.Truncate(text, limit));
}
