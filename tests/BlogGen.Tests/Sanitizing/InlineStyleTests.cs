using BlogGen.Sanitizing;

namespace BlogGen.Tests.Sanitizing;

/// <summary>The style attribute check, declaration by declaration.</summary>
public sealed class InlineStyleTests
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new(SanitizePolicy.Default);

    [Theory]
    [InlineData("color: red", "color: red")]
    [InlineData("color: rgba(0, 0, 0, 0.5); width: min(100%, 600px)", "color: rgba(0, 0, 0, 0.5); width: min(100%, 600px)")]
    [InlineData("width: calc((100% - 2em) / 2)", "width: calc((100% - 2em) / 2)")]
    [InlineData(";;color: red;;", "color: red")]
    [InlineData("color: red; position: absolute", "color: red")]
    [InlineData("color: url(https://example.com/a.png)", null)]
    [InlineData("color: URL(https://example.com/a.png)", null)]
    [InlineData("color: url (https://example.com/a.png)", null)]
    [InlineData("color: image-set(\"a.png\" 1x)", null)]
    [InlineData("color: ｅｘｐｒｅｓｓｉｏｎ(alert(1))", null)]
    [InlineData("color: red; width: 1px<script>", "color: red")]
    [InlineData("color: red}body{color: blue", null)]
    [InlineData("color: \"unclosed; position: fixed", null)]
    [InlineData("width: calc(1px; position: fixed", null)]
    [InlineData("width: 1px) ; color: red", "color: red")]
    [InlineData("color: red; --main: blue", "color: red")]
    [InlineData("\\70 osition: fixed; color: red", "color: red")]
    [InlineData("font-size", null)]
    [InlineData("font-size:", null)]
    [InlineData("color: red; /* position: fixed; */ font-size: 9pt", "color: red; font-size: 9pt")]
    [InlineData("margin-top: -9999px; color: red", "color: red")]
    [InlineData("margin: 0 -1px", null)]
    [InlineData("text-indent: -2em", null)]
    [InlineData("margin-top: calc(-100px)", null)]
    [InlineData("width: calc(1px * -1)", null)]
    [InlineData("width: 100vw", null)]
    [InlineData("height: 50DVH", null)]
    [InlineData("width: calc(100% - 10vmin)", null)]
    [InlineData("width: 99999px", null)]
    [InlineData("width: 2000px; height: 1500pt", "width: 2000px; height: 1500pt")]
    [InlineData("min-width: 2001px", null)]
    [InlineData("font-size: 9999px", null)]
    [InlineData("padding: 125em", "padding: 125em")]
    [InlineData("padding: 126rem", null)]
    [InlineData("border: 53cm solid red", null)]
    [InlineData("letter-spacing: 1e4px", null)]
    [InlineData("width: 100%; line-height: 150%; font-size: 1000%", "width: 100%; line-height: 150%; font-size: 1000%")]
    [InlineData("width: 101%", null)]
    [InlineData("font-size: 1001%", null)]
    [InlineData("line-height: 99999", null)]
    [InlineData("font-weight: 700; line-height: 1.8", "font-weight: 700; line-height: 1.8")]
    [InlineData("color: #1e90ff; border-color: #e5000f", "color: #1e90ff; border-color: #e5000f")]
    public void Keeps_only_safe_allowed_declarations(string css, string? expected)
    {
        var html = Sanitizer.Sanitize($"<span style=\"{System.Net.WebUtility.HtmlEncode(css)}\">t</span>").Html;

        var expectedHtml = expected is null ? "<span>t</span>" : $"<span style=\"{expected}\">t</span>";
        Assert.Equal(expectedHtml, html);
    }

    [Fact]
    public void Reports_each_removed_declaration()
    {
        var result = Sanitizer.Sanitize("<span style=\"color: red; position: fixed; font-size: url(x); margin-top: -5em; top\">t</span>");

        Assert.Equal(
            [
                "removed CSS property position from <span style>",
                "removed CSS property font-size from <span style>: its value \"url(x)\" is not allowed",
                "removed CSS property margin-top from <span style>: its value \"-5em\" is not allowed",
                "removed malformed CSS \"top\" from <span style>",
            ],
            result.Removals);
    }

    [Fact]
    public void Style_is_removed_whole_when_the_attribute_is_not_allowed()
    {
        var policy = SanitizePolicy.Default with { Attributes = SanitizePolicy.Default.Attributes.Remove("style") };

        var result = new HtmlFragmentSanitizer(policy).Sanitize("<span style=\"color: red\">t</span>");

        Assert.Equal("<span>t</span>", result.Html);
        Assert.Equal(["removed attribute style from <span>"], result.Removals);
    }
}
