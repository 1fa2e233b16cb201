using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

/// <summary>A tag whose page address would not fit in a folder name gets no page, no dead link, and a warning naming the post.</summary>
public sealed class TaxonomyLongNameTests
{
    [Fact]
    public void A_tag_too_long_for_a_folder_name_is_reported_and_not_linked()
    {
        var longTag = new string('标', 100);
        using var site = new TempSite()
            .With("_config.yml", "url: https://example.org\n")
            .With("_posts/2025-01-01-x.md", $"---\ntitle: X\ntags: [{longTag}, short]\n---\nBody.\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.TaxonomyNameWithoutSlug, "_posts/2025-01-01-x.md"), (warning.Code, warning.Path));
        Assert.Contains("longer than the 255 bytes", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Errors);
        Assert.True(site.HasOutput("tags/short/index.html"));
        Assert.DoesNotContain(site.OutputFiles(), path => path.Contains(longTag[..10], StringComparison.Ordinal));
        var links = Html.Parse(site.Output("2025/01/01/x.html")).QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").ToList();
        Assert.Contains("/tags/short/", links);
        Assert.DoesNotContain(links, href => href.Contains(Uri.EscapeDataString(longTag[..10]), StringComparison.Ordinal));
    }
}
