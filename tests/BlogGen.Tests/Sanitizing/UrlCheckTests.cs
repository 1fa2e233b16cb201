using BlogGen.Sanitizing;

namespace BlogGen.Tests.Sanitizing;

public sealed class UrlCheckTests
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new(SanitizePolicy.Default);

    [Theory]
    [InlineData("https://example.com/", true)]
    [InlineData("HTTPS://EXAMPLE.COM/", true)]
    [InlineData("http://example.com/a?b=c:d#e:f", true)]
    [InlineData("mailto:editor@example.com", true)]
    [InlineData("/posts/a.html", true)]
    [InlineData("../a/b:c", true)]
    [InlineData("#fn:1", true)]
    [InlineData("?page=2&sort=a:b", true)]
    [InlineData("", true)]
    [InlineData("//cdn.example.com/a.jpg", true)]
    [InlineData("  https://example.com/  ", true)]
    [InlineData("%E6%97%A5%E6%9C%AC.html", true)]
    [InlineData("javascript%3Aalert(1)", true)] // a relative path to a browser
    [InlineData("Tom&Jerry.html", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JAVASCRIPT:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("\u00A0javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("java\rscript:alert(1)", false)]
    [InlineData("java script:alert(1)", false)]
    [InlineData("javascript&#58;alert(1)", false)]
    [InlineData("javascript&#0000058alert(1)", false)]
    [InlineData("javascript&#x3A;alert(1)", false)]
    [InlineData("javascript&colon;alert(1)", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("tel:+81312345678", false)]
    public void IsSafeUrl(string url, bool expected)
    {
        Assert.Equal(expected, Sanitizer.IsSafeUrl(url));
    }

    [Theory]
    [InlineData("https://example.com/a.jpg", true)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", true)]
    [InlineData("data:image/jpeg;base64,/9j/4AAQ", true)]
    [InlineData("data:image/gif;base64,R0lGODlh", true)]
    [InlineData("data:image/webp;base64,UklGRg==", true)]
    [InlineData(" DATA:IMAGE/PNG;BASE64,iVBORw0KGgo=", true)]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=", false)]
    [InlineData("data:image/svg+xml,<svg onload=alert(1)>", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("data:image/png", false)]
    [InlineData("javascript:alert(1)", false)]
    public void IsSafeImageUrl(string url, bool expected)
    {
        Assert.Equal(expected, Sanitizer.IsSafeImageUrl(url));
    }

    [Fact]
    public void Everything_is_safe_when_sanitizing_is_off()
    {
        var trusting = new HtmlFragmentSanitizer(SanitizePolicy.Default with { Enabled = false });

        Assert.True(trusting.IsSafeUrl("javascript:alert(1)"));
    }
}
