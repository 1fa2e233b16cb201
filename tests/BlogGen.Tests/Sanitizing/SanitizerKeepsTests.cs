using BlogGen.Sanitizing;

namespace BlogGen.Tests.Sanitizing;

/// <summary>What the default policy keeps: the markup of mirrored news articles and of Markdig's output.</summary>
public sealed class SanitizerKeepsTests
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new(SanitizePolicy.Default);

    /// <summary>Fragments that come out exactly as they went in.</summary>
    public static TheoryData<string, string> Unchanged => new()
    {
        {
            "table with its parts and attributes",
            "<table border=\"1\" width=\"100%\" align=\"center\" cellpadding=\"2\" cellspacing=\"0\" style=\"border-collapse: collapse\">"
            + "<caption>cap</caption><colgroup><col width=\"50%\" span=\"1\" style=\"width: 50%\"></colgroup>"
            + "<thead><tr><th colspan=\"2\" align=\"center\" scope=\"col\">h</th></tr></thead>"
            + "<tbody><tr><td rowspan=\"2\" valign=\"top\" style=\"padding: 4px; vertical-align: top\">a</td></tr></tbody>"
            + "<tfoot><tr><td>f</td></tr></tfoot></table>"
        },
        {
            "img as the seed writes it",
            "<img src=\"https://example.com/a.jpg\" alt=\"A\" title=\"T\" loading=\"lazy\" width=\"600\" height=\"400\" referrerpolicy=\"no-referrer\">"
        },
        { "figure", "<figure><img src=\"/a.png\" alt=\"\"><figcaption>说明</figcaption></figure>" },
        {
            "picture with checked srcset",
            "<picture><source srcset=\"/a.webp 1x, /a@2x.webp 2x\" type=\"image/webp\" media=\"(min-width: 600px)\"><img src=\"/a.jpg\" alt=\"a\"></picture>"
        },
        { "heading id with CJK", "<h2 id=\"特朗普\">特朗普</h2>" },
        { "code language class", "<pre><code class=\"language-csharp\">var x = 1;</code></pre>" },
        { "footnote reference", "<p>Text<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a></p>" },
        { "footnote back reference", "<div class=\"footnotes\"><hr><ol><li id=\"fn:1\"><p>note<a href=\"#fnref:1\" class=\"footnote-back-ref\">↩</a></p></li></ol></div>" },
        {
            "inline semantics",
            "<p><kbd>Ctrl</kbd> H<sub>2</sub>O x<sup>2</sup> <mark>m</mark> <abbr title=\"HyperText Markup Language\">HTML</abbr> "
            + "<del datetime=\"2025-02-13\">old</del><ins>new</ins> <s>s</s> <q>q</q> <small>small</small></p>"
        },
        { "details and summary", "<details open=\"\"><summary>More</summary><p>body</p></details>" },
        {
            "GFM task list",
            "<ul class=\"contains-task-list\"><li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\"> todo</li>"
            + "<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\"> done</li></ul>"
        },
        { "loose task list item", "<ul><li><p><input disabled=\"disabled\" type=\"checkbox\"> todo</p></li></ul>" },
        {
            "kramdown task list",
            "<ul class=\"task-list\"><li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\">done</li></ul>"
        },
        { "link with title, target and rel", "<a href=\"https://example.com/\" title=\"t\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>" },
        { "mailto link", "<a href=\"mailto:editor@example.com\">mail</a>" },
        { "relative links", "<a href=\"../post/\">up</a> <a href=\"/tags/日本経済新聞/\">tag</a> <a href=\"?page=2\">next</a> <a href=\"//cdn.example.com/a.jpg\">cdn</a>" },
        { "fragment link", "<a href=\"#fn:1\">1</a>" },
        { "PNG data image", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">" },
        { "JPEG data image", "<img src=\"data:image/jpeg;base64,/9j/4AAQ\" alt=\"\">" },
        { "GIF data image", "<img src=\"DATA:IMAGE/GIF;base64,R0lGODlh\" alt=\"\">" },
        { "WebP data image", "<img src=\"data:image/webp;base64,UklGRg==\" alt=\"\">" },
        {
            "text styles",
            "<span style=\"font-size: 12pt; font-weight: bold; font-style: italic; color: #c00; background-color: rgb(255, 255, 0)\">t</span>"
        },
        {
            "paragraph styles",
            "<p style=\"text-align: center; text-decoration: underline; line-height: 1.8; letter-spacing: 1px; white-space: nowrap; text-indent: 2em\">t</p>"
        },
        { "float and box styles", "<div style=\"float: right; margin: 0 auto; padding: 4px; border: 1px solid #ccc; width: calc(100% - 2em)\">t</div>" },
        { "important", "<span style=\"color: red !important\">t</span>" },
        { "escaped text", "<p>a &lt; b &amp;&amp; c &gt; d</p>" },
        { "blockquote cite", "<blockquote cite=\"https://example.com/\"><p>q</p></blockquote>" },
        { "lists", "<ol start=\"3\" reversed=\"\" type=\"a\"><li value=\"5\">x</li></ol>" },
        { "ruby", "<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>" },
        { "time", "<time datetime=\"2025-02-13T07:55:52+08:00\">2月13日</time>" },
        { "lang and dir", "<p lang=\"zh-CN\" dir=\"ltr\">中文</p>" },
        {
            "inline SVG diagram with a gradient, shapes, text and an inside reference",
            "<svg viewBox=\"0 0 200 100\" width=\"200\" height=\"100\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<defs><linearGradient id=\"g\" x1=\"0\" x2=\"1\"><stop offset=\"0\" stop-color=\"#fff\"></stop><stop offset=\"1\" stop-color=\"#00f\"></stop></linearGradient>"
            + "<marker id=\"m\" markerWidth=\"4\" markerHeight=\"4\" refX=\"2\" refY=\"2\" orient=\"auto\"><path d=\"M0,0 L4,2 L0,4 z\"></path></marker></defs>"
            + "<rect x=\"1\" y=\"1\" width=\"198\" height=\"98\" rx=\"4\" fill=\"url(#g)\" stroke=\"#333\" stroke-width=\"2\"></rect>"
            + "<g transform=\"translate(10 10)\"><circle cx=\"20\" cy=\"20\" r=\"10\" opacity=\"0.5\"></circle>"
            + "<line x1=\"0\" y1=\"0\" x2=\"50\" y2=\"50\" marker-end=\"url(#m)\"></line><polygon points=\"0,0 10,0 5,8\"></polygon></g>"
            + "<text x=\"100\" y=\"60\" text-anchor=\"middle\" font-size=\"14\">图一<tspan dy=\"1em\">说明</tspan></text>"
            + "<use href=\"#g\"></use></svg>"
        },
    };

    /// <summary>Frames of the players on the default embeds list: kept, with BlogGen's sandbox and nothing of the writer's that widens it.</summary>
    [Theory]
    [InlineData("<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?si=x\" title=\"YouTube video player\" frameborder=\"0\" allow=\"accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share\" referrerpolicy=\"strict-origin-when-cross-origin\" allowfullscreen></iframe>", "https://www.youtube.com/embed/dQw4w9WgXcQ?si=x")]
    [InlineData("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" sandbox=\"allow-scripts allow-top-navigation allow-forms\"></iframe>", "https://www.youtube-nocookie.com/embed/abc")]
    [InlineData("<iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\" allow=\"camera; microphone\" loading=\"eager\"></iframe>", "https://player.vimeo.com/video/76979871?h=8272103f6e")]
    [InlineData("<iframe src=\"//player.bilibili.com/player.html?bvid=BV1xx411c7mD&amp;page=1\" scrolling=\"no\" border=\"0\" frameborder=\"no\" framespacing=\"0\" allowfullscreen=\"true\"></iframe>", "https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&amp;page=1")]
    [InlineData("<iframe src=\"https://www.google.com/maps/embed?pb=!1m18!1m12\" width=\"600\" height=\"450\" style=\"border:0;\" allowfullscreen=\"\" loading=\"lazy\" referrerpolicy=\"no-referrer-when-downgrade\"></iframe>", "https://www.google.com/maps/embed?pb=!1m18!1m12")]
    [InlineData("<iframe width=\"425\" height=\"350\" src=\"https://www.openstreetmap.org/export/embed.html?bbox=139.69%2C35.68%2C139.71%2C35.69&amp;layer=mapnik\" style=\"border: 1px solid black\"></iframe>", "https://www.openstreetmap.org/export/embed.html?bbox=139.69%2C35.68%2C139.71%2C35.69&amp;layer=mapnik")]
    public void Keeps_player_frames_sandboxed(string html, string src)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + Sanitizer.Sanitize(html).Html);
        var frame = Assert.Single(document.QuerySelectorAll("iframe"));

        Assert.Equal(System.Net.WebUtility.HtmlDecode(src), frame.GetAttribute("src"));
        Assert.Equal("allow-scripts allow-same-origin allow-presentation allow-popups", frame.GetAttribute("sandbox"));
        Assert.Equal("autoplay; encrypted-media; fullscreen; picture-in-picture", frame.GetAttribute("allow"));
        Assert.Equal(("lazy", "strict-origin-when-cross-origin"), (frame.GetAttribute("loading"), frame.GetAttribute("referrerpolicy")));
        Assert.False(frame.HasAttribute("allowfullscreen") || frame.HasAttribute("frameborder"));
        Assert.Equal("", frame.InnerHtml);
    }

    [Theory]
    [InlineData("http://www.youtube.com/embed/x")]
    [InlineData("https://www.youtube.com.evil.example/embed/x")]
    [InlineData("https://evil.example/www.youtube.com/embed/x")]
    [InlineData("https://www.youtube.com/watch?v=x")]
    [InlineData("https://www.google.com/search?q=x")]
    [InlineData("https://www.google.com/maps/embedXevil")]
    [InlineData("https://player.bilibili.com/player.html.evil")]
    [InlineData("https://www.openstreetmap.org/edit")]
    [InlineData("https://www.youtube.com/embed/%2e%2e/redirect")]
    [InlineData("https://user@www.youtube.com/embed/x")]
    [InlineData("https://www.youtube.com:8443/embed/x")]
    [InlineData("javascript://www.youtube.com/embed/%0aalert(1)")]
    public void Removes_other_frames_and_says_so(string src)
    {
        var result = Sanitizer.Sanitize($"<p>a</p><iframe src=\"{src}\">fallback</iframe><p>b</p>");

        Assert.Equal("<p>a</p><p>b</p>", result.Html);
        var removal = Assert.Single(result.Details);
        Assert.Equal(RemovalRules.Frames, removal.Rule);
        Assert.StartsWith("removed <iframe> element: its src", removal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Unchanged))]
    public void Keeps_markup_unchanged(string what, string html)
    {
        var result = Sanitizer.Sanitize(html);

        Assert.True(html == result.Html, $"{what}:\n  in:  {html}\n  out: {result.Html}");
        Assert.Empty(result.Removals);
    }

    /// <summary>Fragments that are kept but written back in a normal form.</summary>
    public static TheoryData<string, string, string> Normalized => new()
    {
        { "self-closing void element", "<p>a<br />b</p>", "<p>a<br>b</p>" },
        { "boolean attribute", "<details open><summary>s</summary></details>", "<details open=\"\"><summary>s</summary></details>" },
        { "style with trailing semicolon", "<span style=\"font-size: 8pt;\">t</span>", "<span style=\"font-size: 8pt\">t</span>" },
        { "style name case and spacing", "<span style=\"FONT-SIZE:8pt ;Color : red\">t</span>", "<span style=\"font-size: 8pt; color: red\">t</span>" },
        { "style comment", "<span style=\"color: /* why */ red\">t</span>", "<span style=\"color: red\">t</span>" },
        { "blank target gets rel", "<a href=\"/x\" target=\"_blank\">x</a>", "<a href=\"/x\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>" },
        { "blank target keeps rel", "<a href=\"/x\" target=\"_BLANK\" rel=\"nofollow\">x</a>", "<a href=\"/x\" target=\"_BLANK\" rel=\"nofollow noopener noreferrer\">x</a>" },
        { "other target gets no rel", "<a href=\"/x\" target=\"_self\">x</a>", "<a href=\"/x\" target=\"_self\">x</a>" },
    };

    [Theory]
    [MemberData(nameof(Normalized))]
    public void Keeps_markup_in_normal_form(string what, string html, string expected)
    {
        var result = Sanitizer.Sanitize(html);

        Assert.True(expected == result.Html, $"{what}:\n  expected: {expected}\n  actual:   {result.Html}");
        Assert.Empty(result.Removals);
    }
}
