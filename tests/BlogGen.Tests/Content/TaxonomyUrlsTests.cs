using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Templating;

namespace BlogGen.Tests.Content;

public sealed class TaxonomyUrlsTests
{
    [Theory]
    [InlineData(null, "tags", false)]
    [InlineData("labels", "labels", false)]
    [InlineData("/blog/labels/", "blog/labels", false)]
    [InlineData("标签", "标签", false)]
    [InlineData("../up", "tags", true)]
    [InlineData("/", "tags", true)]
    [InlineData("a:b", "tags", true)]
    public void TagDirectoryComesFromConfigOrFallsBackWithAWarning(string? configured, string expected, bool warned)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (configured is not null)
        {
            values["tag_dir"] = configured;
        }

        Assert.Equal(expected, TaxonomyUrls.FromConfig(values).TagDirectory);
        var warnings = TaxonomyUrls.Check(values, "_config.yml");
        Assert.Equal(warned, warnings.Count == 1);
        Assert.All(warnings, w => Assert.Equal((DiagnosticCodes.TaxonomyDirectoryInvalid, "_config.yml"), (w.Code, w.Path)));
    }

    [Fact]
    public void ANonTextCategoryDirectoryIsReported()
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["category_dir"] = 12L };

        Assert.Equal("categories", TaxonomyUrls.FromConfig(values).CategoryDirectory);
        Assert.Contains("category_dir: '12'", Assert.Single(TaxonomyUrls.Check(values, "_config.yml")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Go", "/tags/go/")]
    [InlineData("日本経済新聞", "/tags/日本経済新聞/")]
    [InlineData("C# / .NET", "/tags/c-net/")]
    [InlineData("--", null)]
    public void TermUrlIsTheSlugInsideTheFolder(string name, string? expected) =>
        Assert.Equal(expected, new TaxonomyUrls("tags", "categories").TagUrl(name));
}
