using AngleSharp.Html.Parser;

using BlogGen.Content;
using BlogGen.Markdown;
using BlogGen.Sanitizing;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Sanitizing;

/// <summary>
/// The property behind "sanitizing never loses words": whatever the policy removes, written unclosed, self-closed,
/// mis-nested, inline or inside a table in a post's raw HTML, every Markdown block after it keeps its text, and
/// nothing that can run is left. Each case goes through Markdown and the sanitizer as a post does.
/// </summary>
public sealed class NoTextLostTests
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new(SanitizePolicy.Default);
    private static readonly MarkdownRenderer Markdown = new(Sanitizer.IsSafeUrl, Sanitizer.IsSafeImageUrl);

    /// <summary>Every element the default policy removes, or unwraps, or reads by other rules.</summary>
    private static readonly string[] RemovedElements =
    [
        "a-custom-element", "acronym", "applet", "audio", "base", "basefont", "bgsound", "big", "blink", "body", "button",
        "canvas", "center", "datalist", "dialog", "dir", "embed", "fieldset", "font", "form", "frame", "frameset", "head",
        "html", "iframe", "image", "input", "isindex", "keygen", "label", "legend", "link", "listing", "main", "map",
        "marquee", "math", "menu", "meta", "meter", "nav", "nobr", "noembed", "noframes", "noscript", "object", "optgroup",
        "option", "output", "param", "plaintext", "portal", "progress", "script", "search", "select", "slot", "spacer",
        "strike", "style", "template", "textarea", "title", "track", "tt", "video", "xmp",
        // Inside SVG: what the subset leaves out.
        "svg><script", "svg><foreignObject", "svg><animate", "svg><style", "svg><title", "svg><desc",
    ];

    /// <summary>Attributes the default policy removes, each with a value it would act on.</summary>
    private static readonly string[] RemovedAttributes =
    [
        "onclick=\"alert(1)\"", "onerror=alert(1)", "ONLOAD='alert(1)'", "srcdoc=\"<script>alert(1)</script>\"",
        "formaction=\"javascript:alert(1)\"", "href=\"javascript:alert(1)\"", "src=\"javascript:alert(1)\"",
        "style=\"position:fixed;top:0\"", "data-x=\"1\"", "contenteditable", "autofocus", "tabindex=\"1\"", "is=\"x-y\"",
        "title=\"unclosed", "class='unclosed",
    ];

    private static readonly string[] Shapes =
    [
        "unclosed", "self-closed", "mis-nested", "in a table cell", "in a table row", "inline", "in a list item", "in a quote",
    ];

    private const string MarkdownAfter =
        "\n\nPARA-A one paragraph.\n\n- PARA-B in a list\n\n> PARA-C in a quote\n\n## PARA-D heading\n\n| h |\n| --- |\n| PARA-E |\n\nPARA-F *last* one.\n";

    private static readonly string[] Markers = ["PARA-A", "PARA-B", "PARA-C", "PARA-D", "PARA-E", "PARA-F"];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var element in RemovedElements)
        {
            foreach (var shape in Shapes)
            {
                cases.Add(shape, Raw(shape, $"<{element}>", element.Split('>').Last()));
            }
        }
        foreach (var attribute in RemovedAttributes)
        {
            foreach (var shape in Shapes)
            {
                cases.Add(shape, Raw(shape, $"<div {attribute}>", "div"));
                cases.Add(shape, Raw(shape, $"<video {attribute}>", "video"));
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_block_after_what_is_removed_keeps_its_text(string shape, string body)
    {
        var html = Sanitizer.Sanitize(Markdown.Render(body).Html, Markdown.Marks).Html;

        using var document = new HtmlParser().ParseDocument("<!doctype html><body>" + html);
        var text = document.Body!.TextContent;
        var lost = Markers.Where(marker => !text.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.True(lost.Count == 0, $"{shape}: {string.Join(", ", lost)} lost from\n{body}\n->\n{html}");
        var problems = XssChecks.Problems(document.Body.QuerySelectorAll("*"));
        Assert.True(problems.Count == 0, $"{shape}: {string.Join("; ", problems)} in\n{html}");
        Assert.DoesNotContain("<!--bloggen:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- a comment never closed")]
    [InlineData("<div class=\"never closed")]
    [InlineData("<![CDATA[ never closed")]
    [InlineData("<video><source src=\"a.mp4\"><p>Your browser cannot play it.")]
    [InlineData("<table><tr><td><select><option>one")]
    public void Markup_that_never_ends_keeps_the_text_after_it(string raw)
    {
        var html = Sanitizer.Sanitize(Markdown.Render(raw + MarkdownAfter).Html, Markdown.Marks).Html;

        foreach (var marker in Markers)
        {
            Assert.Contains(marker, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_mirrored_seed_post_keeps_every_word()
    {
        var body = FrontMatterParser.Parse(File.ReadAllText(RepositoryFiles.SeedPostPath), "seed", TimeZoneInfo.Utc).Body;
        var rendered = Markdown.Render(body).Html;

        // What a browser shows of the raw HTML, against what is published.
        Assert.Equal(Words(Markdown.Marks.Strip(rendered)), Words(Sanitizer.Sanitize(rendered, Markdown.Marks).Html));
    }

    private static List<string> Words(string html)
    {
        using var document = new HtmlParser().ParseDocument("<!doctype html><body>" + html);
        foreach (var hidden in document.Body!.QuerySelectorAll("script, style, template, noscript").ToList())
        {
            hidden.Remove();
        }
        return [.. document.Body.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string Raw(string shape, string start, string name)
    {
        var end = $"</{name}>";
        return shape switch
        {
            "unclosed" => start + MarkdownAfter,
            "self-closed" => start.Replace(">", "/>", StringComparison.Ordinal) + MarkdownAfter,
            "mis-nested" => $"<b><i>{start}words</b> more</i>" + MarkdownAfter,
            "in a table cell" => $"<table><tr><td>{start}cell</td></tr></table>" + MarkdownAfter,
            "in a table row" => $"<table>\n<tr>{start}<td>cell</td>" + MarkdownAfter,
            "inline" => $"Some words {start} more words" + MarkdownAfter,
            "in a list item" => $"- item {start}\n- item two" + MarkdownAfter,
            "in a quote" => $"> {start}\n> quoted" + MarkdownAfter + end,
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }
}
