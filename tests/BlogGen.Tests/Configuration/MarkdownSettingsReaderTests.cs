using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Tests.Configuration;

/// <summary>Which sites are kramdown sites, and what of <c>kramdown:</c> is read.</summary>
public sealed class MarkdownSettingsReaderTests
{
    [Theory]
    [InlineData("", false, MarkdownDialect.BlogGen, true, true)]
    [InlineData("", true, MarkdownDialect.Kramdown, true, true)]
    [InlineData("markdown: kramdown", false, MarkdownDialect.Kramdown, true, true)]
    [InlineData("markdown: Kramdown", true, MarkdownDialect.Kramdown, true, true)]
    [InlineData("markdown: bloggen", true, MarkdownDialect.BlogGen, true, true)]
    [InlineData("markdown: kramdown\nkramdown:\n  input: kramdown", false, MarkdownDialect.Kramdown, false, true)]
    [InlineData("kramdown:\n  input: GFM\n  auto_ids: false", true, MarkdownDialect.Kramdown, true, false)]
    [InlineData("kramdown:\n  input: kramdown", false, MarkdownDialect.BlogGen, true, true)]
    public void The_dialect_follows_the_key_and_the_kind_of_site(string configuration, bool jekyllSite, MarkdownDialect dialect, bool gfmInput, bool autoIds)
    {
        var diagnostics = new List<Diagnostic>();

        var settings = MarkdownSettingsReader.Read(Config(configuration), jekyllSite, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal((dialect, gfmInput, autoIds), (settings.Dialect, settings.GfmInput, settings.AutoIds));
    }

    [Theory]
    [InlineData("markdown: redcarpet", true)]
    [InlineData("markdown: CommonMarkGhPages", false)]
    public void Another_processor_is_a_warning_and_bloggens_markdown(string configuration, bool jekyllSite)
    {
        var diagnostics = new List<Diagnostic>();

        var settings = MarkdownSettingsReader.Read(Config(configuration), jekyllSite, diagnostics);

        Assert.Equal(MarkdownDialect.BlogGen, settings.Dialect);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownProcessorUnsupported, Severity.Warning, "_config.yml"), (warning.Code, warning.Severity, warning.Path));
        Assert.Contains("is not built into BlogGen", warning.Message, StringComparison.Ordinal);
    }

    private static SiteConfig Config(string lines) => ConfigLoader.Parse("/site", lines, new ConfigOverrides()).Config;
}
