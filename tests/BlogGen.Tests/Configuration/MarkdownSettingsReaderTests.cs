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

    [Theory]
    // the kramdown: map, the options warned about
    [InlineData("input: GFM\n  auto_ids: true\n  syntax_highlighter: rouge\n  hard_wrap: false\n  show_warnings: true", "")]
    [InlineData("syntax_highlighter_opts:\n    block:\n      line_numbers: false\n    css_class: highlight", "")]
    [InlineData("toc_levels: 1..6\n  footnote_nr: 1\n  smart_quotes: lsquo,rsquo,ldquo,rdquo\n  math_engine: mathjax", "")]
    [InlineData("syntax_highlighter_opts:\n    block:\n      line_numbers: true", "syntax_highlighter_opts.block.line_numbers: true")]
    [InlineData("hard_wrap: true\n  syntax_highlighter: coderay", "hard_wrap: true|syntax_highlighter: coderay")]
    [InlineData("toc_levels: [2, 3]\n  parse_block_html: true\n  typographic_syms: {}", "toc_levels: 2,3|parse_block_html: true")]
    [InlineData("header_offset: 1", "header_offset: 1")]
    [InlineData("enable_coderay: false\n  header_offset: 0\n  auto_id_prefix: \"\"\n  auto_id_stripping: false\n  remove_block_html_tags: true\n  remove_span_html_tags: false", "")]
    [InlineData("auto_id_prefix: sec-\n  remove_span_html_tags: true", "auto_id_prefix: sec-|remove_span_html_tags: true")]
    public void A_kramdown_option_that_would_change_the_output_is_a_warning(string options, string warned)
    {
        var diagnostics = new List<Diagnostic>();

        MarkdownSettingsReader.Read(Config("markdown: kramdown\nkramdown:\n  " + options), jekyllSite: true, diagnostics);

        Assert.Equal(warned.Split('|', StringSplitOptions.RemoveEmptyEntries), diagnostics.Select(d => d.Message[("kramdown: '".Length)..d.Message.IndexOf("' is not", StringComparison.Ordinal)]));
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.KramdownOptionNotRead, Severity.Warning, "_config.yml"), (d.Code, d.Severity, d.Path)));
    }

    private static SiteConfig Config(string lines) => ConfigLoader.Parse("/site", lines, new ConfigOverrides()).Config;
}
