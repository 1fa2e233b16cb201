using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// A filter nobody defines in a Liquid layout or include (a plugin's, or a theme's slip such as mediumish's
/// <c>| url_escape</c>) passes its value through unchanged, as Jekyll's Liquid does, and the page is written; warning
/// BG3011 names it once, at its line and column, where the template is read.
/// </summary>
public sealed class UnknownLiquidFilterInLayoutTests
{
    private const string PostPath = "_posts/2025-01-01-x.md";

    [Theory]
    // the layout's line, what it writes, the unknown filters (name@column)
    [InlineData("<p>{{ page.title | shout }}</p>", "<p>My Post</p>", "shout@20")]
    [InlineData("<p>{{ page.title | shout: 2, 'x' | upcase }}</p>", "<p>MY POST</p>", "shout@20")]
    [InlineData("<p>{{ page.title | url_escape | strip | replace: ' ', '-' }}</p>", "<p>My-Post</p>", "url_escape@20")]
    [InlineData("<p>{{ page.title | downcase | camelcase }}</p>", "<p>my post</p>", "camelcase@31")]
    [InlineData("<p>{{ 3 | minus: 1 | add: 1 | plus: 2 }}</p>", "<p>4</p>", "add@22")]
    [InlineData("<p>{{ page.title | a | b }}</p>", "<p>My Post</p>", "a@20 b@24")]
    [InlineData("{% assign n = 2 | add: 1 %}<p>{{ n }}</p>", "<p>2</p>", "add@19")]
    [InlineData("{% if page.title | shout %}<p>yes</p>{% endif %}", "<p>yes</p>", "shout@20")]
    public void An_unknown_filter_passes_its_value_through_with_a_warning(string layout, string expected, string unknown)
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\nplugins: [jekyll-feed]\n")
            .With(PostPath, "---\ntitle: My Post\nlayout: default\n---\nBody\n")
            .With("_layouts/default.html", "<html>\n" + layout + "\n</html>");

        var result = site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal("<html>\n" + expected + "\n</html>", site.Output("2025/01/01/x.html"));
        Assert.Equal(unknown.Split(' ').Select(found => (found.Split('@')[0], 2, int.Parse(found.Split('@')[1], System.Globalization.CultureInfo.InvariantCulture))),
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LiquidFilterUnknown)
                .Select(d => (d.Message[1..d.Message.IndexOf('\'', 1)], d.Line, d.Column)));
        Assert.All(result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LiquidFilterUnknown), d => Assert.Equal(("_layouts/default.html", Severity.Warning), (d.Path, d.Severity)));
    }

    [Fact]
    public void An_unknown_filter_in_an_include_is_reported_once_however_many_pages_use_it()
    {
        using var site = new TempSite().With("_config.yml", "url: https://example.org\nplugins: [jekyll-feed]\n")
            .With(PostPath, "---\ntitle: One\nlayout: default\n---\nBody\n")
            .With("_posts/2025-01-02-y.md", "---\ntitle: Two\nlayout: default\n---\nBody\n")
            .With("_includes/title.html", "{{ include.t | obfuscate }}")
            .With("_layouts/default.html", "[{% include title.html t=page.title %}]");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LiquidFilterUnknown);
        Assert.Equal(("_includes/title.html", 1, 16), (warning.Path, warning.Line, warning.Column));
        Assert.Equal(("[One]", "[Two]"), (site.Output("2025/01/01/x.html"), site.Output("2025/01/02/y.html")));
    }
}
