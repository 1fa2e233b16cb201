using BlogGen.Content;

namespace BlogGen.Tests.Content;

public sealed class PlainTextTests
{
    public static TheoryData<string, string> Fragments => new()
    {
        // Block boundaries are one space: descriptions used to read "end of one.Start of next".
        { "<p>End of one.</p><p>Start of next.</p>", "End of one. Start of next." },
        { "<div>a</div><div>b</div>", "a b" },
        { "<ul><li>a</li><li>b</li></ul><h2>c</h2>", "a b c" },
        { "line<br>break", "line break" },
        { "<blockquote>quoted</blockquote>after", "quoted after" },
        { "<pre>code</pre>prose", "code prose" },
        { "<figure><img src=\"x.png\"><figcaption>caption</figcaption></figure>next", "caption next" },
        { "<table><tr><th>h</th></tr><tr><td>x</td><td>y</td></tr></table>", "h x y" },
        // Inline elements join without a space, however deep.
        { "<p>Hello <em>wor</em>ld</p>", "Hello world" },
        { "<p>un<b><i><a href=\"#\">believ</a></i>a</b>ble</p>", "unbelievable" },
        { "<p>中国<strong>商务部</strong>表示</p>", "中国商务部表示" },
        { "<p>第一段。</p><p>第二段。</p>", "第一段。 第二段。" },
        // Entities are decoded, whitespace runs collapse, ends are trimmed.
        { "<p>Fish &amp; chips &lt;3 &#x65E5; &quot;q&quot;</p>", "Fish & chips <3 日 \"q\"" },
        { "a&nbsp;&nbsp;b", "a b" },
        { "<p>  spaced\n\n\tout  </p>", "spaced out" },
        // What a reader does not see is left out.
        { "<p>shown</p><script>hidden()</script><style>p{}</style>", "shown" },
        { "before<script>if (a < b) { x(\"</p>\"); }</script>after", "beforeafter" },
        { "a<!-- comment -->b", "ab" },
        { "<iframe src=\"https://example.org\"><p>fallback</p></iframe>text", "text" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Fragments))]
    public void HtmlBecomesItsReadableText(string html, string expected) =>
        Assert.Equal(expected, PlainText.FromHtml(html));

    [Fact]
    public void DeeplyNestedHtmlIsReadInLinearTime()
    {
        // Template filters such as number_of_words get HTML that no sanitizer has flattened: parsed as it is, this
        // took minutes.
        const int depth = 100_000;
        var html = string.Concat(Enumerable.Repeat("<div><span>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</span></div>", depth));

        Assert.Equal("deep", PlainText.FromHtml(html));
    }

    [Theory]
    [InlineData("abcdef", 10, "abcdef")]
    [InlineData("abcdef", 3, "abc")]
    [InlineData("ab cdef", 3, "ab")]
    [InlineData("a😀b", 2, "a")]
    [InlineData("a😀b", 3, "a😀")]
    public void TruncateNeverSplitsASurrogatePair(string text, int limit, string expected) =>
        Assert.Equal(expected, PlainText.Truncate(text, limit));
}
