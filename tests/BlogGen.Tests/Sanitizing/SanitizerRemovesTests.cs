using BlogGen.Content;
using BlogGen.Sanitizing;

namespace BlogGen.Tests.Sanitizing;

/// <summary>Every dangerous form is taken out, the text around it stays, and each removal is reported.</summary>
public sealed class SanitizerRemovesTests
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new(SanitizePolicy.Default);

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "<p>before<script>alert(1)</script>after</p>", "<p>beforeafter</p>", ["removed <script> element"] },
        { "<p>before<SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>after</p>", "<p>beforeafter</p>", ["removed <script> element"] },
        { "<p>a <img src=\"x.png\" onerror=\"alert(1)\"> b</p>", "<p>a <img src=\"x.png\"> b</p>", ["removed attribute onerror from <img>"] },
        {
            "<p onclick=\"x()\" onMouseOver=\"y()\">text</p>",
            "<p>text</p>",
            ["removed attribute onclick from <p>", "removed attribute onmouseover from <p>"]
        },
        { "<p>a <a href=\"javascript:alert(1)\">link</a> b</p>", "<p>a <a>link</a> b</p>", ["removed unsafe URL \"javascript:alert(1)\" from <a href>"] },
        { "<p>a <a href=\"JaVaScRiPt:alert(1)\">link</a> b</p>", "<p>a <a>link</a> b</p>", ["removed unsafe URL \"JaVaScRiPt:alert(1)\" from <a href>"] },
        { "<p>a <a href=\"javascript&#58;alert(1)\">link</a> b</p>", "<p>a <a>link</a> b</p>", ["removed unsafe URL \"javascript:alert(1)\" from <a href>"] },
        { "<p>a <a href=\"&#x6A;avascript&colon;alert(1)\">link</a> b</p>", "<p>a <a>link</a> b</p>", ["removed unsafe URL \"javascript:alert(1)\" from <a href>"] },
        { "<p>a <a href=\" javascript:alert(1)\">link</a> b</p>", "<p>a <a>link</a> b</p>", ["removed unsafe URL \" javascript:alert(1)\" from <a href>"] },
        { "<p>a <a href=\"java&#9;script:alert(1)\">link</a> b</p>", "<p>a <a>link</a> b</p>", ["removed unsafe URL \"java\\u0009script:alert(1)\" from <a href>"] },
        { "<p>a <a href=\"java&#10;script:alert(1)\">link</a> b</p>", "<p>a <a>link</a> b</p>", ["removed unsafe URL \"java\\u000ascript:alert(1)\" from <a href>"] },
        { "<p>a <a href=\"&#1;javascript:alert(1)\">link</a> b</p>", "<p>a <a>link</a> b</p>", ["removed unsafe URL \"\\u0001javascript:alert(1)\" from <a href>"] },
        { "<p>a <a href=\"vbscript:msgbox(1)\">link</a> b</p>", "<p>a <a>link</a> b</p>", ["removed unsafe URL \"vbscript:msgbox(1)\" from <a href>"] },
        {
            "<p>a <a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">link</a> b</p>",
            "<p>a <a>link</a> b</p>",
            ["removed unsafe URL \"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\" from <a href>"]
        },
        {
            "<p>a <img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"x\"> b</p>",
            "<p>a <img alt=\"x\"> b</p>",
            ["removed unsafe URL \"data:image/svg+xml;base64,PHN2Zz4=\" from <img src>"]
        },
        {
            "<p>a <a href=\"data:image/png;base64,iVBORw0KGgo=\">png</a> b</p>",
            "<p>a <a>png</a> b</p>",
            ["removed unsafe URL \"data:image/png;base64,iVBORw0KGgo=\" from <a href>"]
        },
        {
            "<img src=\"/a.jpg\" srcset=\"/a.jpg 1x, javascript:alert(1) 2x\">",
            "<img src=\"/a.jpg\" srcset=\"/a.jpg 1x\">",
            ["removed unsafe URL \"javascript:alert(1)\" from <img srcset>"]
        },
        {
            "<p>a</p><iframe src=\"https://evil.example/\"></iframe><p>b</p>",
            "<p>a</p><p>b</p>",
            ["removed <iframe> element: its src \"https://evil.example/\" is not an https URL on the embeds list"]
        },
        { "<p>a</p><iframe>fallback</iframe><p>b</p>", "<p>a</p><p>b</p>", ["removed <iframe> element"] },
        { "<p>a</p><object data=\"x.swf\"><param name=\"a\" value=\"b\">fallback</object><p>b</p>", "<p>a</p><p>b</p>", ["removed <object> element"] },
        { "<p>a<embed src=\"x.swf\">b</p>", "<p>ab</p>", ["removed <embed> element"] },
        // The HTML parser itself drops <frame> outside a frameset: nothing reaches the output to report.
        { "<p>a<frame src=\"https://evil.example/\">b</p>", "<p>ab</p>", [] },
        {
            "<form action=\"https://evil.example/\"><p>text</p><input type=\"text\" name=\"q\"><button>Go</button><textarea>t</textarea><select><option>o</option></select></form>",
            "<p>text</p>Go<pre>t</pre>o",
            [
                "removed <form> tag, kept its content", "removed <input> element", "removed <button> tag, kept its content",
                "replaced <textarea> with <pre>, kept its text", "removed <select> tag, kept its content", "removed <option> tag, kept its content",
            ]
        },
        { "<p><input type=\"checkbox\" checked> not a task</p>", "<p> not a task</p>", ["removed <input> element"] },
        { "<ul><li><input disabled type=\"checkbox\" onclick=\"x()\"> y</li></ul>", "<ul><li> y</li></ul>", ["removed <input> element"] },
        { "<ul><li><input disabled type=\"checkbox\" class=\"other\"> y</li></ul>", "<ul><li> y</li></ul>", ["removed <input> element"] },
        { "<style>body { display: none }</style><p>t</p>", "<p>t</p>", ["removed <style> element"] },
        {
            "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><link rel=\"stylesheet\" href=\"https://evil.example/x.css\"><p>t</p>",
            "<p>t</p>",
            ["removed <base> element", "removed <meta> element", "removed <link> element"]
        },
        { "<p>a<svg onload=\"alert(1)\"><circle r=\"1\"></circle></svg>b</p>", "<p>a<svg><circle r=\"1\"></circle></svg>b</p>", ["removed attribute onload from <svg>"] },
        { "<p>a<math><mi>x</mi></math>b</p>", "<p>axb</p>", ["removed <math> tag, kept its content"] },
        { "<p>a<noscript><img src=x onerror=alert(1)></noscript>b</p>", "<p>ab</p>", ["removed <noscript> element"] },
        { "<p>a<template><script>alert(1)</script></template>b</p>", "<p>ab</p>", ["removed <template> element"] },
        { "<p>a</p><xmp><script>alert(1)</script></xmp>", "<p>a</p><pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre>", ["replaced <xmp> with <pre>, kept its text"] },
        { "<p>a</p><plaintext><script>alert(1)</script>", "<p>a</p><pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre>", ["replaced <plaintext> with <pre>, kept its text"] },
        { "<frameset><frame src=\"https://evil.example/\"></frameset><p>a</p>", "<p>a</p>", [] },
        { "<p>a<!-- note -->b</p>", "<p>ab</p>", ["removed HTML comment"] },
        {
            "<div style=\"position: fixed; z-index: 9; color: red\">t</div>",
            "<div style=\"color: red\">t</div>",
            ["removed CSS property position from <div style>", "removed CSS property z-index from <div style>"]
        },
        { "<div style=\"display: none\">hidden</div>", "<div>hidden</div>", ["removed CSS property display from <div style>"] },
        {
            "<span style=\"color: expression(alert(1))\">t</span>",
            "<span>t</span>",
            ["removed CSS property color from <span style>: its value \"expression(alert(1))\" is not allowed"]
        },
        {
            "<p style=\"color: red; background-color: url(javascript:alert(1))\">t</p>",
            "<p style=\"color: red\">t</p>",
            ["removed CSS property background-color from <p style>: its value \"url(javascript:alert(1))\" is not allowed"]
        },
        {
            "<p style=\"behavior: url(x.htc); -moz-binding: url(x.xml#xss)\">t</p>",
            "<p>t</p>",
            ["removed CSS property behavior from <p style>", "removed CSS property -moz-binding from <p style>"]
        },
        {
            "<p style=\"color: \\72 ed\">t</p>",
            "<p>t</p>",
            ["removed CSS property color from <p style>: its value \"\\72 ed\" is not allowed"]
        },
        { "<img src=\"/a.jpg\" data-path=\"local:/a.jpg\">", "<img src=\"/a.jpg\">", ["removed attribute data-path from <img>"] },
        { "<p><font color=\"red\">kept</font> text</p>", "<p>kept text</p>", ["removed <font> tag, kept its content"] },
        { "<center><p>kept</p><script>x</script></center>", "<p>kept</p>", ["removed <center> tag, kept its content", "removed <script> element"] },
        { "<p><big>big</big> <tt>tt</tt> <strike>s</strike> <blink>b</blink> <marquee>m</marquee></p>", "<p>big tt s b m</p>",
            ["removed <big> tag, kept its content", "removed <tt> tag, kept its content", "removed <strike> tag, kept its content",
                "removed <blink> tag, kept its content", "removed <marquee> tag, kept its content"] },
        {
            "<svg><foreignObject><p>in html</p></foreignObject><script>alert(1)</script><animate attributeName=\"href\" to=\"javascript:alert(1)\"/><text>t</text></svg>",
            "<svg><text>t</text></svg><p>in html</p>",
            ["moved the content of <foreignObject> after its <svg>", "removed <script> element", "removed <animate> element"]
        },
        {
            "<svg><use href=\"https://evil.example/s.svg#x\"></use><rect fill=\"url(https://evil.example/p.svg#p)\" stroke=\"url(#ok)\"></rect></svg>",
            "<svg><use></use><rect stroke=\"url(#ok)\"></rect></svg>",
            [
                "removed attribute href from <use>: \"https://evil.example/s.svg#x\" reaches outside the page (only #id references are kept in SVG)",
                "removed attribute fill from <rect>: \"url(https://evil.example/p.svg#p)\" reaches outside the page (only #id references are kept in SVG)",
            ]
        },
        {
            "<a href=\"/x\" title=\"&{alert(1)}\">x</a>",
            "<a href=\"/x\">x</a>",
            ["removed attribute title from <a>: its value \"&{alert(1)}\" is not allowed"]
        },
    };

    private static readonly RawHtmlMarks Marks = RawHtmlMarks.WithRandomKey();

    public static TheoryData<string, string[]> Lines => new()
    {
        { "<p>a</p>\n<p onclick=\"x()\">b</p>\n\n<script>x</script>", ["4 hidden-content removed <script> element", "2 event-handlers removed attribute onclick from <p>"] },
        {
            "<p>markdown</p>\n" + Marks.Start(10) + "<div>\n<font>x</font>\n<video>" + Marks.End + "\n<p>after</p>",
            ["11 wrappers removed <font> tag, kept its content", "12 media removed <video> element"]
        },
        // A comment has no position of its own: the element before it stands in.
        { "<p style=\"position: fixed\">a</p>\n<!-- c -->", ["1 comments removed HTML comment", "1 css removed CSS property position from <p style>"] },
    };

    /// <summary>Each removal names the line it came from (counted from the marked line of its piece of raw HTML) and its rule; elements come first.</summary>
    [Theory]
    [MemberData(nameof(Lines))]
    public void Removals_name_their_line_and_rule(string html, string[] expected)
    {
        var result = Sanitizer.Sanitize(html, Marks);

        Assert.Equal(expected, result.Details.Select(removal => $"{removal.Line} {removal.Rule} {removal.Message}"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Removes_and_reports(string html, string expected, string[] removals)
    {
        var result = Sanitizer.Sanitize(html);

        Assert.Equal(expected, result.Html);
        Assert.Equal(removals, result.Removals);
    }

    [Fact]
    public void Never_allowed_elements_stay_out_even_when_a_policy_lists_them()
    {
        var policy = SanitizePolicy.Default with
        {
            Elements = SanitizePolicy.Default.Elements.Add("script").Add("style"),
            Attributes = SanitizePolicy.Default.Attributes.Add("onclick"),
            Schemes = SanitizePolicy.Default.Schemes.Add("javascript"),
            CssProperties = SanitizePolicy.Default.CssProperties.Add("behavior"),
        };

        var result = new HtmlFragmentSanitizer(policy).Sanitize(
            "<p onclick=\"x()\" style=\"behavior: url(x.htc)\">a<script>x</script><style>p{}</style><a href=\"javascript:x()\">b</a></p>");

        Assert.Equal("<p>a<a>b</a></p>", result.Html);
        Assert.Equal(
            [
                "removed <script> element",
                "removed <style> element",
                "removed attribute onclick from <p>",
                "removed unsafe URL \"javascript:x()\" from <a href>",
                "removed CSS property behavior from <p style>",
            ],
            result.Removals);
    }
}
