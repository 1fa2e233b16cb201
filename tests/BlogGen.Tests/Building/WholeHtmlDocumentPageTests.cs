using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>
/// A page without a layout that is a whole HTML document is the site's own template and is written as it is, head and
/// scripts included, as Jekyll writes it, and is named as not sanitized; a page with a layout, a fragment, and any post
/// are sanitized as ever.
/// </summary>
public sealed class WholeHtmlDocumentPageTests
{
    [Fact]
    public void A_whole_document_page_is_named_also_when_its_front_matter_excerpt_lost_something()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: t\n")
            .With("landing.html", "---\nlayout: none\nexcerpt: \"Our <b onclick='x()'>landing</b> page\"\n---\n" + Document);

        var result = site.Build();

        Assert.Equal(["landing.html"], result.SanitizerReports.Where(report => report.Code == DiagnosticCodes.PageNotSanitized).Select(report => report.Path));
        var removed = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SanitizerRemoved);
        Assert.Equal("landing.html", removed.Path);
        Assert.Equal(0, result.SanitizerRemovals);
    }

    private const string Document = "<!DOCTYPE html>\n<html>\n<head><title>Home</title><script>var x = 1;</script></head>\n<body><p>Hi</p></body>\n</html>\n";

    [Theory]
    [InlineData("index.html", "---\nlayout: none\n---\n" + Document, "index.html", true)]
    [InlineData("index.html", "---\nlayout: null\n---\n  <html><head><script>var x = 1;</script></head></html>\n", "index.html", true)]
    [InlineData("index.html", "---\n---\n<p>Hi</p><script>var x = 1;</script>\n", "index.html", false)]
    [InlineData("index.html", "---\nlayout: page\n---\n" + Document, "index.html", false)]
    [InlineData("_posts/2025-01-01-x.html", "---\nlayout: none\n---\n" + Document, "2025/01/01/x.html", false)]
    public void Only_a_whole_document_page_without_a_layout_keeps_its_script(string path, string text, string output, bool kept)
    {
        using var site = new TempSite()
            .With("_config.yml", "title: t\n")
            .With("_layouts/page.html", "<main>{{ content }}</main>")
            .With(path, text);

        var result = site.Build();

        Assert.Equal(kept, site.Output(output).Contains("<script>var x = 1;</script>", StringComparison.Ordinal));
        // Never silent: the page is named, with what to do to have it sanitized.
        var notSanitized = result.SanitizerReports.Where(report => report.Code == DiagnosticCodes.PageNotSanitized).Select(report => report.Path);
        Assert.Equal(kept ? [path] : [], notSanitized);
    }
}
