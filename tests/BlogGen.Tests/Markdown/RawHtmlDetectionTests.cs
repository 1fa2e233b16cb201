using BlogGen.Markdown;

namespace BlogGen.Tests.Markdown;

public sealed class RawHtmlDetectionTests
{
    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe);

    public static TheoryData<string> WithRawHtml => new()
    {
        "<div>\nblock\n</div>",
        "<!--x-->",
        "<!-- a comment\nover lines -->",
        "Press <kbd>Ctrl</kbd>.",
        "text <!--note--> text",
        "line<br>break",
        "<script>alert(1)</script>",
        "<?php echo 1; ?>",
        "<![CDATA[x]]>",
        "<!DOCTYPE html>",
        "## Title <small>x</small>",
        "| a |\n| --- |\n| <b>x</b> |",
        "- item <span>x</span>",
        "> <em>quoted</em>",
        "Text[^1]\n\n[^1]: <i>note</i>",
        "[link <b>bold</b>](https://example.com)",
        "Plain paragraph.\n\nAnother one.\n\n<p>late raw block</p>",
    };

    [Theory]
    [MemberData(nameof(WithRawHtml))]
    public void Html_block_or_inline_html_is_detected(string markdown)
    {
        Assert.True(Renderer.Render(markdown).ContainsRawHtml);
    }

    public static TheoryData<string> WithoutRawHtml => new()
    {
        "",
        "plain *text* and **strong**",
        "`<kbd>` in a code span",
        "```html\n<div>x</div>\n```",
        "    <div>indented code</div>",
        "&lt;div&gt; as entities",
        "\\<div> escaped",
        "<https://example.com>",
        "<me@example.com>",
        "a < b and c > d",
        "1 <2 and x<y",
        "## Heading",
        "| a |\n| --- |\n| b |",
        "- [ ] task\n- [x] done",
        "Text[^1]\n\n[^1]: note",
        "~~gone~~ www.example.com",
        "[click](javascript:alert(1)) <javascript:alert(1)>",
    };

    [Theory]
    [MemberData(nameof(WithoutRawHtml))]
    public void Markdown_without_html_is_not_flagged(string markdown)
    {
        Assert.False(Renderer.Render(markdown).ContainsRawHtml);
    }
}
