using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Content;

/// <summary>
/// <c>theme: minima</c> finds the installed gem (Debian's jekyll-theme-minima here and in CI) as Jekyll does, and the
/// site is built with it: its layouts and includes under the site's own, its assets read as the site's files are.
/// </summary>
public sealed class GemThemeTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Gem site\ntheme: minima\nplugins:\n  - jekyll-feed\n")
        .With("_posts/2026-01-02-hello.md", "---\ntitle: Hello\nlayout: post\n---\nHello, gem theme.")
        .With("index.md", "---\nlayout: home\n---\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void TheInstalledGemGivesLayoutsIncludesSassAndAssets()
    {
        var config = _site.LoadConfig();

        var (theme, diagnostics) = ThemeLoader.Load(config, ScannedSite.Scan(_site, config));

        Assert.Empty(diagnostics);
        Assert.Matches(@"minima-[0-9.]+/_layouts/post\.html$", theme.Layouts["post"].DisplayPath);
        Assert.Equal(TemplateSyntax.Liquid, theme.Layouts["home"].Syntax);
        Assert.Contains("header.html", theme.Includes.Keys);
        Assert.Equal(["assets/main.scss", "assets/minima-social-icons.svg"], theme.Sources.Select(file => file.RelativePath));
        Assert.EndsWith("_sass", Assert.Single(theme.SassDirectories), StringComparison.Ordinal);
        Assert.True(theme.IsJekyllSite);
        Assert.Empty(theme.Assets);
        Assert.DoesNotContain("show_excerpts", theme.Config.Keys);
        Assert.Contains(theme.WatchedFiles, path => path.EndsWith("_sass/minima/_base.scss", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSiteIsBuiltWithTheGemAndItsSassAndTheSitesOwnFilesWin()
    {
        _site.With("_includes/footer.html", "<footer>my own footer</footer>")
            .With("_sass/minima.scss", ".site-header { color: rebeccapurple; }");

        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        var post = _site.Output("2026/01/02/hello.html");
        Assert.Contains("<link rel=\"stylesheet\" href=\"/assets/main.css\">", post, StringComparison.Ordinal);
        Assert.Contains("<footer>my own footer</footer>", post, StringComparison.Ordinal);
        Assert.Contains("class=\"site-title\"", post, StringComparison.Ordinal);
        var css = _site.Output("assets/main.css");
        // As with Jekyll: the site's _sass/minima.scss replaces the theme's, whose partials it then no longer imports.
        Assert.Equal(".site-header {\n  color: rebeccapurple;\n}\n", css);
        Assert.True(_site.HasOutput("assets/minima-social-icons.svg"));
        Assert.False(_site.HasOutput("assets/main.scss"));
    }

    [Theory]
    // plugins listed in _config.yml, whether the sitemap is made; the feed is made in any case
    [InlineData("", false)] // minima depends on jekyll-feed and jekyll-seo-tag, which Jekyll loads as plugins with the theme
    [InlineData("plugins: [jekyll-feed]", false)]
    [InlineData("plugins: [jekyll-sitemap]", true)]
    public void TheThemeGemsPluginsAreOnAsInJekyll(string plugins, bool sitemap)
    {
        _site.With("_config.yml", $"title: Gem site\nurl: https://example.org\ntheme: minima\n{plugins}\n");
        var config = _site.LoadConfig();
        var theme = ThemeLoader.Load(config, ScannedSite.Scan(_site, config)).Theme;

        var result = _site.Build();

        Assert.Equal(["jekyll-feed", "jekyll-seo-tag"], theme.Plugins);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.PluginNotBuiltIn);
        Assert.True(_site.HasOutput("feed.xml"));
        Assert.Contains("application/atom+xml", _site.Output("2026/01/02/hello.html"), StringComparison.Ordinal);
        Assert.Equal(sitemap, _site.HasOutput("sitemap.xml"));
    }

    [Fact]
    public void BundlersAnswerIsKeptWhileTheGemfileAndItsLockStayTheSame()
    {
        Assert.NotNull(ExternalCommand.Find("bundle")); // Debian's jekyll brings Bundler; .ci/run installs it
        _site.With("Gemfile", "source \"https://rubygems.org\"\ngem \"minima\"\n");
        var config = _site.LoadConfig();
        var tree = ScannedSite.Scan(_site, config);
        var bundler = new BundlerLookups();

        var first = ThemeLoader.Load(config, tree, bundler).Theme.Layouts["post"].DisplayPath;
        var second = ThemeLoader.Load(config, tree, bundler).Theme.Layouts["post"].DisplayPath;
        var runsBeforeTheLockChanged = bundler.Runs;
        File.AppendAllText(_site.PathOf("Gemfile.lock"), "\n");
        var third = ThemeLoader.Load(config, tree, bundler).Theme.Layouts["post"].DisplayPath;

        Assert.Equal((1, 2), (runsBeforeTheLockChanged, bundler.Runs));
        Assert.Equal([first, first], [second, third]);
    }

    [Theory]
    [InlineData("", "install the gem (`gem install no-such-theme`")]
    [InlineData("source \"https://rubygems.org\"\n", "add it to the Gemfile and install it (`bundle add no-such-theme`)")]
    public void AThemeThatIsNotInstalledIsAnErrorSayingHowToInstallItAndTheRestBuilds(string gemfile, string hint)
    {
        _site.With("_config.yml", "title: Gem site\ntheme: no-such-theme\n");
        if (gemfile.Length > 0)
        {
            _site.With("Gemfile", gemfile);
        }

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ConfigValueInvalid, "_config.yml"), (error.Code, error.Path));
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.True(_site.HasOutput("2026/01/02/hello.html"));
    }
}
