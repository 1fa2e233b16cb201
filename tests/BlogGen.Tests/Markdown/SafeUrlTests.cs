using BlogGen.Markdown;
using BlogGen.Sanitizing;

namespace BlogGen.Tests.Markdown;

public sealed class SafeUrlTests
{
    private const string Intro = "Intro line.\n\n";
    private const string IntroHtml = "<p>Intro line.</p>\n";

    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe);

    public static TheoryData<string, string, string> UnsafeUrls => new()
    {
        { "[click](javascript:alert(1))", "<p>click</p>", "javascript:alert(1)" },
        { "[click](JaVaScRiPt:alert(1))", "<p>click</p>", "JaVaScRiPt:alert(1)" },
        { "[click](&#106;avascript:alert(1))", "<p>click</p>", "javascript:alert(1)" },
        { "[click](&#x6A;avascript:alert(1))", "<p>click</p>", "javascript:alert(1)" },
        { "[click](javascript&#58;alert(1))", "<p>click</p>", "javascript:alert(1)" },
        { "[click](javascript&colon;alert(1))", "<p>click</p>", "javascript:alert(1)" },
        { "[click](<java\tscript:alert(1)>)", "<p>click</p>", "java\tscript:alert(1)" },
        { "[click](java&#9;script:alert(1))", "<p>click</p>", "java\tscript:alert(1)" },
        { "[click](java&#10;script:alert(1))", "<p>click</p>", "java\nscript:alert(1)" },
        { "[click](java&#1;script:alert(1))", "<p>click</p>", "java\u0001script:alert(1)" },
        { "[click](<java\u0001script:alert(1)>)", "<p>click</p>", "java\u0001script:alert(1)" },
        { "[click](&#32;javascript:alert(1))", "<p>click</p>", " javascript:alert(1)" },
        { "[click](javascript:alert(1) \"A title\")", "<p>click</p>", "javascript:alert(1)" },
        { "[**bold** text](javascript:alert(1))", "<p><strong>bold</strong> text</p>", "javascript:alert(1)" },
        { "[click](vbscript:msgbox(1))", "<p>click</p>", "vbscript:msgbox(1)" },
        { "[click](data:text/html;base64,PHNjcmlwdD4=)", "<p>click</p>", "data:text/html;base64,PHNjcmlwdD4=" },
        { "![a *cat*](javascript:alert(1))", "<p>a cat</p>", "javascript:alert(1)" },
        { "![pixel](data:text/html,x \"t\")", "<p>pixel</p>", "data:text/html,x" },
        { "<javascript:alert(1)>", "<p>javascript:alert(1)</p>", "javascript:alert(1)" },
        { "<vbscript:msgbox(1)>", "<p>vbscript:msgbox(1)</p>", "vbscript:msgbox(1)" },
        { "Get ftp://example.com/file now", "<p>Get ftp://example.com/file now</p>", "ftp://example.com/file" },
        { "[![logo](/logo.png)](javascript:alert(1))", "<p><img src=\"/logo.png\" alt=\"logo\" /></p>", "javascript:alert(1)" },
    };

    [Theory]
    [MemberData(nameof(UnsafeUrls))]
    public void Unsafe_url_is_not_emitted_and_its_text_stays(string markdown, string expectedHtml, string expectedUrl)
    {
        var result = Renderer.Render(Intro + markdown);

        Assert.Equal(IntroHtml + expectedHtml + "\n", result.Html);
        Assert.Equal([new RemovedUrl(expectedUrl, 3)], result.RemovedUrls);
    }

    public static TheoryData<string, string> SafeUrls => new()
    {
        { "[a](/posts/x.html)", "<p><a href=\"/posts/x.html\">a</a></p>" },
        { "[a](../x.md)", "<p><a href=\"../x.md\">a</a></p>" },
        { "[a](page.html?x=1#top)", "<p><a href=\"page.html?x=1#top\">a</a></p>" },
        { "[a](#section)", "<p><a href=\"#section\">a</a></p>" },
        { "[a](http://example.com)", "<p><a href=\"http://example.com\">a</a></p>" },
        { "[a](https://example.com/?q=1&r=2)", "<p><a href=\"https://example.com/?q=1&amp;r=2\">a</a></p>" },
        { "[a](HTTPS://example.com)", "<p><a href=\"HTTPS://example.com\">a</a></p>" },
        { "[a](mailto:me@example.com)", "<p><a href=\"mailto:me@example.com\">a</a></p>" },
        { "[a](/tags/日本/)", "<p><a href=\"/tags/%E6%97%A5%E6%9C%AC/\">a</a></p>" },
        { "[a](/a:b)", "<p><a href=\"/a:b\">a</a></p>" },
        { "![cat](/img/cat.png \"Cat\")", "<p><img src=\"/img/cat.png\" alt=\"cat\" title=\"Cat\" /></p>" },
        { "<https://example.com>", "<p><a href=\"https://example.com\">https://example.com</a></p>" },
        { "<me@example.com>", "<p><a href=\"mailto:me@example.com\">me@example.com</a></p>" },
        { "https://example.com/a", "<p><a href=\"https://example.com/a\">https://example.com/a</a></p>" },
        { "www.example.com", "<p><a href=\"http://www.example.com\">www.example.com</a></p>" },
    };

    [Theory]
    [MemberData(nameof(SafeUrls))]
    public void Safe_url_is_kept(string markdown, string expectedHtml)
    {
        var result = Renderer.Render(markdown);

        Assert.Equal(expectedHtml + "\n", result.Html);
        Assert.Empty(result.RemovedUrls);
    }

    [Fact]
    public void Unsafe_reference_definitions_are_reported_once_at_their_line_and_their_links_keep_only_text()
    {
        const string Markdown = """
            See [the docs][d] and [d].

            [d]: javascript:alert(1)
            [unused]: vbscript:msgbox(1)
            [ok]: https://example.com

            And [ok].
            """;

        var result = Renderer.Render(Markdown);

        Assert.Equal("<p>See the docs and d.</p>\n<p>And <a href=\"https://example.com\">ok</a>.</p>\n", result.Html);
        Assert.Equal([new RemovedUrl("javascript:alert(1)", 3), new RemovedUrl("vbscript:msgbox(1)", 4)], result.RemovedUrls);
    }

    [Fact]
    public void Unsafe_link_inside_a_footnote_is_removed()
    {
        var result = Renderer.Render("Text[^1].\n\n[^1]: See [here](javascript:alert(1)).");

        Assert.Contains("<p>See here.<a href=\"#fnref:1\" class=\"footnote-back-ref\">", result.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", result.Html, StringComparison.Ordinal);
        Assert.Equal([new RemovedUrl("javascript:alert(1)", 3)], result.RemovedUrls);
    }

    [Fact]
    public void Unsafe_link_in_a_heading_keeps_heading_text_and_id()
    {
        var result = Renderer.Render("## [Click me](javascript:alert(1))");

        Assert.Equal("<h2 id=\"click-me\">Click me</h2>\n", result.Html);
        Assert.Equal([new RemovedUrl("javascript:alert(1)", 1)], result.RemovedUrls);
    }

    [Fact]
    public void Removed_urls_are_listed_in_line_order_with_1_based_lines()
    {
        const string Markdown = """
            [a](javascript:one)

            - item [b](vbscript:two)

            | col |
            | --- |
            | [c](javascript:three) |

            [r]: data:text/html,four
            """;

        var result = Renderer.Render(Markdown);

        Assert.Equal(
            [
                new RemovedUrl("javascript:one", 1),
                new RemovedUrl("vbscript:two", 3),
                new RemovedUrl("javascript:three", 7),
                new RemovedUrl("data:text/html,four", 9),
            ],
            result.RemovedUrls);
        Assert.DoesNotContain("href", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_sees_the_destination_as_written_and_the_href_as_emitted()
    {
        var checkedUrls = new List<string>();
        var renderer = new MarkdownRenderer(url =>
        {
            checkedUrls.Add(url);
            return true;
        });

        renderer.Render("[a](<x y&z>)");

        Assert.Equal(["x y&z", "x%20y&z"], checkedUrls);
    }

    [Fact]
    public void Url_whose_emitted_href_fails_the_check_is_removed()
    {
        // Only the emitted form carries "%09": this check can only fail on what the HTML would contain.
        var renderer = new MarkdownRenderer(url => !url.Contains("%09", StringComparison.Ordinal));

        var result = renderer.Render("[a](<java\tscript:x>)");

        Assert.Equal("<p>a</p>\n", result.Html);
        Assert.Equal([new RemovedUrl("java\tscript:x", 1)], result.RemovedUrls);
    }

    [Fact]
    public void Images_may_use_raster_data_urls_that_links_may_not()
    {
        var sanitizer = new HtmlFragmentSanitizer(SanitizePolicy.Default);
        var renderer = new MarkdownRenderer(sanitizer.IsSafeUrl, sanitizer.IsSafeImageUrl);

        var result = renderer.Render("![dot](data:image/png;base64,iVBORw0KGgo=) [x](data:image/png;base64,iVBORw0KGgo=)");

        Assert.Contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\"", result.Html, StringComparison.Ordinal);
        Assert.Equal("data:image/png;base64,iVBORw0KGgo=", Assert.Single(result.RemovedUrls).Url);
    }
}
