using BlogGen.Markdown;
using BlogGen.Sanitizing;

namespace BlogGen.Tests.Sanitizing;

/// <summary>
/// A writer who types a comment that looks like one of the marks the Markdown stage puts around raw HTML (say, copied
/// from a page's source) gets what any comment gets: it is not a mark, so it cuts nothing and is never taken out unseen.
/// </summary>
public sealed class TypedMarkTests
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new(SanitizePolicy.Default);
    private static readonly MarkdownRenderer Markdown = new(Sanitizer.IsSafeUrl, Sanitizer.IsSafeImageUrl);

    public static TheoryData<string> TypedMarks =>
    [
        "<!--bloggen:end-->",
        "<!--bloggen:line 3-->",
        "<!--bloggen:0123456789abcdef:end-->",
        "<!--bloggen:0123456789abcdef:line 3-->",
    ];

    [Theory]
    [MemberData(nameof(TypedMarks))]
    public void A_typed_mark_in_an_attribute_value_stays_in_the_value(string typed)
    {
        var body = $"<div><a href=\"/x\" title=\"before {typed} after\"><font>link</font> words</a></div>\n\nMarkdown after.\n";

        var result = Sanitizer.Sanitize(Markdown.Render(body).Html, Markdown.Marks);

        Assert.Equal(
            $"<div><a href=\"/x\" title=\"before {typed.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)} after\">link words</a></div>\n<p>Markdown after.</p>\n",
            result.Html);
    }

    [Theory]
    [MemberData(nameof(TypedMarks))]
    public void A_typed_mark_as_a_comment_is_removed_and_reported_as_a_comment(string typed)
    {
        var body = $"<div>\n<font>\n{typed}\n<p>inside</p>\n</div>\n\nMarkdown after.\n";

        var result = Sanitizer.Sanitize(Markdown.Render(body).Html, Markdown.Marks);

        Assert.Contains("removed HTML comment", result.Removals);
        Assert.Contains("<p>inside</p>", result.Html, StringComparison.Ordinal);
        Assert.EndsWith("<p>Markdown after.</p>\n", result.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("bloggen:", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_renderer_marks_with_its_own_key()
    {
        var other = new MarkdownRenderer(Sanitizer.IsSafeUrl);

        Assert.NotEqual(Markdown.Marks.End, other.Marks.End);
        Assert.StartsWith("<!--bloggen:", other.Marks.End, StringComparison.Ordinal);
    }
}
