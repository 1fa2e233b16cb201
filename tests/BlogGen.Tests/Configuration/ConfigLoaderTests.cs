using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    [Fact]
    public void MissingConfigMeansDefaults()
    {
        using var site = new TempSite();
        var (config, diagnostics) = ConfigLoader.Load(site.Root, new ConfigOverrides());
        Assert.Empty(diagnostics);
        Assert.Equal(("en", "", TimeZoneInfo.Utc, "date", 10), (config.Lang, config.BaseUrl, config.TimeZone, config.Permalink, config.Paginate));
    }

    /// <summary>The command line wins over <c>future:</c> and <c>show_drafts:</c> either way (<c>serve --no-future</c> too); without it, the config decides.</summary>
    [Theory]
    [InlineData("future: true\nshow_drafts: true\n", null, true)]
    [InlineData("future: true\nshow_drafts: true\n", false, false)]
    [InlineData("future: false\nshow_drafts: false\n", true, true)]
    [InlineData("", null, false)]
    public void The_command_line_decides_drafts_and_future_posts_when_it_says(string yaml, bool? commandLine, bool shown)
    {
        using var site = new TempSite().With("_config.yml", "title: t\n" + yaml);

        var (config, diagnostics) = ConfigLoader.Load(site.Root, new ConfigOverrides { ShowDrafts = commandLine, ShowFuture = commandLine });

        Assert.Empty(diagnostics);
        Assert.Equal((shown, shown), (config.ShowDrafts, config.ShowFuture));
    }

    [Fact]
    public void ReadsJekyllKeysWithRealTypes()
    {
        using var site = new TempSite().With("_config.yml", """
            title: 镜像
            lang: zh-CN
            url: https://example.org/
            baseurl: blog/
            timezone: Asia/Shanghai
            permalink: pretty
            paginate: 5
            paginate_path: /p/:num/
            excerpt_separator: <!--more-->
            markdown_ext: md,markdown
            exclude: [scripts]
            include: [.well-known]
            keep_files: [CNAME]
            custom_flag: true
            defaults:
              - scope: { path: "", type: posts }
                values: { layout: post, comments: true }
            """);
        var (config, diagnostics) = ConfigLoader.Load(site.Root, new ConfigOverrides());

        Assert.Empty(diagnostics);
        Assert.Equal("https://example.org", config.Url);
        Assert.Equal("/blog", config.BaseUrl);
        Assert.Equal("Asia/Shanghai", config.TimeZone.Id);
        Assert.Equal((5, "/p/:num/", "<!--more-->"), (config.Paginate, config.PaginatePath, config.ExcerptSeparator));
        Assert.Contains(".md", config.MarkdownExtensions);
        Assert.Contains(".txt", config.MarkdownExtensions);
        Assert.DoesNotContain(".mkd", config.MarkdownExtensions);
        Assert.Contains("scripts", config.Exclude);
        Assert.Contains("node_modules", config.Exclude);
        Assert.Equal([".well-known"], config.Include);
        Assert.Equal(["CNAME"], config.KeepFiles);
        Assert.Equal(true, config.Values["custom_flag"]);
        var entry = Assert.Single(config.Defaults);
        Assert.Equal(("", "posts", true), (entry.PathPrefix, entry.Type, entry.Values["comments"]));
    }

    [Fact]
    public void CommandLineOverridesWin()
    {
        using var site = new TempSite().With("_config.yml", "baseurl: /a\n").With("other.yml", "title: Other\n");
        var (config, _) = ConfigLoader.Load(site.Root, new ConfigOverrides
        {
            BaseUrl = "/b/",
            ConfigPath = Path.Combine(site.Root, "other.yml"),
            ShowDrafts = true,
        });
        Assert.Equal(("/b", "Other", true), (config.BaseUrl, config.Title, config.ShowDrafts));
    }

    [Theory]
    [InlineData("timezone: Mars/Olympus\n", "timezone")]
    [InlineData("paginate: many\n", "paginate")]
    [InlineData("exclude: { a: 1 }\n", "exclude")]
    [InlineData("defaults: [ { values: 1 } ]\n", "defaults")]
    public void BadValuesAreReportedAndTheRestStillApplies(string yaml, string key)
    {
        using var site = new TempSite().With("_config.yml", "title: Still here\n" + yaml);
        var (config, diagnostics) = ConfigLoader.Load(site.Root, new ConfigOverrides());
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ConfigValueInvalid, diagnostic.Code);
        Assert.StartsWith(key + ":", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Still here", config.Title);
    }

    [Fact]
    public void InvalidYamlIsAConfigError()
    {
        using var site = new TempSite().With("_config.yml", "title: x\nnav: [a, b\n");
        var (_, diagnostics) = ConfigLoader.Load(site.Root, new ConfigOverrides());
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ConfigInvalid, "_config.yml"), (error.Code, error.Path));
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void SourceDateEpochFixesTheBuildTime()
    {
        using var site = new TempSite();
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000");
        try
        {
            var (config, _) = ConfigLoader.Load(site.Root, new ConfigOverrides());
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), config.BuildTime);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("/", "")]
    [InlineData("blog/", "/blog")]
    [InlineData(" /notes ", "/notes")]
    // Found by SiteUrlsPropertyTests: an empty folder made every relative_url hold a '//'.
    [InlineData("/=@𠮷///é", "/=@𠮷/é")]
    [InlineData("//a//b//", "/a/b")]
    public void NormalizesTheBaseUrl(string written, string expected) =>
        Assert.Equal(expected, ConfigLoader.NormalizeBaseUrl(written));
}
