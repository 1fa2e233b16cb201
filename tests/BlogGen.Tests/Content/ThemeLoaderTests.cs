using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Content;

public sealed class ThemeLoaderTests : IDisposable
{
    private const string BuiltIn = "(built-in theme)";

    private readonly TempSite _site = new();

    /// <summary>What the built-in theme ships, so these tests follow it as it grows.</summary>
    private static readonly IReadOnlyList<string> BuiltInAssets = [.. EmbeddedTheme.Files.Where(f => f.StartsWith("assets/", StringComparison.Ordinal))];

    private static readonly IReadOnlyList<string> BuiltInLayouts =
        [.. EmbeddedTheme.Files.Where(f => f.StartsWith("layouts/", StringComparison.Ordinal))
            .Select(f => $"{Path.GetFileNameWithoutExtension(f)} {BuiltIn}/{f} Scriban").Order(StringComparer.Ordinal)];

    public void Dispose() => _site.Dispose();

    private (ThemeFiles Theme, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var config = _site.LoadConfig();
        return ThemeLoader.Load(config, ScannedSite.Scan(_site, config));
    }

    private static string Describe(ThemeTemplate template) => $"{template.Name} {template.DisplayPath} {template.Syntax}";

    [Fact]
    public void ABareSiteGetsTheBuiltInTheme()
    {
        var (theme, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.Contains($"post {BuiltIn}/layouts/post.html Scriban", BuiltInLayouts);
        Assert.Equal(BuiltInLayouts, theme.Layouts.Values.Select(Describe).Order(StringComparer.Ordinal));
        Assert.Contains("head.html", theme.Includes.Keys);
        Assert.Contains("assets/css/style.css", BuiltInAssets);
        Assert.Equal(
            BuiltInAssets.Select(path => (path, $"{BuiltIn}/{path}", true)),
            theme.Assets.Select(a => (a.OutputPath, a.DisplayPath, a.Bytes is { Length: > 0 } && a.SourceFullPath is null)));
        Assert.StartsWith("{nav: [], ", ContentTestValues.Describe(new Dictionary<string, object?>(theme.Config)), StringComparison.Ordinal);
        Assert.Equal(true, theme.Config["show_excerpts"]);
    }

    [Theory]
    [InlineData("_layouts/post.html", "", "post _layouts/post.html Liquid")]
    [InlineData("_layouts/post.html", "template_syntax: liquid", "post _layouts/post.html Liquid")]
    [InlineData("_layouts/post.html", "template_syntax: scriban", "post _layouts/post.html Scriban")]
    [InlineData("_layouts/post.sbn-html", "", "post _layouts/post.sbn-html Scriban")]
    [InlineData("_layouts/post.liquid", "template_syntax: scriban", "post _layouts/post.liquid Liquid")]
    [InlineData("themes/default/layouts/post.html", "", "post themes/default/layouts/post.html Scriban")]
    [InlineData("themes/default/layouts/post.liquid", "", "post themes/default/layouts/post.liquid Liquid")]
    [InlineData("themes/default/layouts/post.html", "template_syntax: liquid", "post themes/default/layouts/post.html Scriban")]
    public void TheSiteAndItsThemeFolderOverrideTheBuiltInLayoutWithTheirOwnSyntax(string path, string config, string expected)
    {
        _site.With("_config.yml", config + "\n").With(path, "{{ content }}");

        var (theme, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Describe(theme.Layouts["post"]));
        Assert.Equal($"page {BuiltIn}/layouts/page.html Scriban", Describe(theme.Layouts["page"]));
    }

    [Fact]
    public void LookupOrderIsBuiltInThenThemeFolderThenSite()
    {
        _site.With("themes/default/layouts/post.html", "theme post")
            .With("themes/default/layouts/page.html", "theme page")
            .With("themes/default/includes/head.html", "theme head")
            .With("_layouts/post.html", "site post")
            .With("_includes/footer.html", "site footer");

        var (theme, _) = Load();

        Assert.Equal(
            ["site post", "theme page", "theme head", "site footer"],
            [theme.Layouts["post"].Text, theme.Layouts["page"].Text, theme.Includes["head.html"].Text, theme.Includes["footer.html"].Text]);
        Assert.StartsWith(BuiltIn, theme.Layouts["home"].DisplayPath, StringComparison.Ordinal);
    }

    [Fact]
    public void ASiteThemeFolderBringsItsSyntaxConfigAndAssetsAndFallsBackToBuiltInTemplates()
    {
        _site.With("_config.yml", "theme: paper\n")
            .With("themes/paper/theme.yml", "syntax: liquid\nconfig:\n  color: red\n  show_excerpts: false\n")
            .With("themes/paper/layouts/post.html", "{{ content }}")
            .With("themes/paper/layouts/home.sbn-html", "{{ content }}")
            .With("themes/paper/includes/nav/menu.html", "menu")
            .With("themes/paper/assets/paper.css", "body{}");

        var (theme, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.Equal("post themes/paper/layouts/post.html Liquid", Describe(theme.Layouts["post"]));
        Assert.Equal("home themes/paper/layouts/home.sbn-html Scriban", Describe(theme.Layouts["home"]));
        Assert.Equal($"page {BuiltIn}/layouts/page.html Scriban", Describe(theme.Layouts["page"]));
        Assert.Equal("nav/menu.html themes/paper/includes/nav/menu.html Liquid", Describe(theme.Includes["nav/menu.html"]));
        Assert.Equal(
            [("assets/paper.css", "themes/paper/assets/paper.css", _site.PathOf("themes/paper/assets/paper.css"))],
            theme.Assets.Select(a => (a.OutputPath, a.DisplayPath, a.SourceFullPath)));
        Assert.Equal(("red", false), (theme.Config["color"], theme.Config["show_excerpts"]));
        Assert.Empty(Assert.IsAssignableFrom<IEnumerable<object?>>(theme.Config["nav"]));
    }

    [Fact]
    public void ThemeFolderAssetsReplaceBuiltInAssetsOfTheSamePath()
    {
        _site.With("themes/default/assets/css/style.css", "mine").With("themes/default/assets/extra.js", "x");

        var (theme, _) = Load();

        var expected = BuiltInAssets.Select(path => (path, $"{BuiltIn}/{path}"))
            .Where(a => a.path != "assets/css/style.css")
            .Append(("assets/css/style.css", "themes/default/assets/css/style.css"))
            .Append(("assets/extra.js", "themes/default/assets/extra.js"))
            .OrderBy(a => a.Item1, StringComparer.Ordinal);
        Assert.Equal(expected, theme.Assets.Select(a => (a.OutputPath, a.DisplayPath)));
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("../outside")]
    [InlineData("minima/../default")]
    public void AnUnknownThemeIsReportedAndTheBuiltInThemeIsUsed(string name)
    {
        _site.With("_config.yml", $"theme: '{name}'\n").With("outside/layouts/post.html", "outside");

        var (theme, diagnostics) = Load();

        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.ConfigValueInvalid, "_config.yml"), (error.Severity, error.Code, error.Path));
        Assert.Contains($"no folder themes/{name}/", error.Message, StringComparison.Ordinal);
        Assert.Equal($"{BuiltIn}/layouts/post.html", theme.Layouts["post"].DisplayPath);
        Assert.Equal(BuiltInAssets, theme.Assets.Select(a => a.OutputPath));
    }

    [Theory]
    [InlineData("_layouts/sub/wide.html", "sub/wide")]
    [InlineData("_layouts/v1.0/wide.html", "v1.0/wide")]
    [InlineData("_layouts/post.v2.html", "post.v2")]
    [InlineData("_layouts/plain", "plain")]
    [InlineData("themes/default/layouts/docs/wide.liquid", "docs/wide")]
    public void LayoutsAreNamedByTheirPathWithoutTheExtension(string path, string name)
    {
        _site.With(path, "x");

        Assert.Equal(path, Load().Theme.Layouts[name].DisplayPath);
    }

    [Fact]
    public void EditorLeftoversInTheThemeFolderAreIgnored()
    {
        _site.With("themes/default/layouts/post.html~", "backup")
            .With("themes/default/layouts/.post.html.swp", "swap")
            .With("themes/default/assets/.DS_Store", "x")
            .With("themes/default/assets/.git/config", "x")
            .With("themes/default/includes/#head.html#", "autosave");

        var (theme, _) = Load();

        Assert.StartsWith(BuiltIn, theme.Layouts["post"].DisplayPath, StringComparison.Ordinal);
        Assert.Equal(BuiltInAssets, theme.Assets.Select(a => a.OutputPath));
        Assert.DoesNotContain(theme.Includes.Keys, k => k.Contains('#'));
        Assert.DoesNotContain(theme.Layouts.Keys, k => k.StartsWith('.'));
    }

    [Fact]
    public void ATemplateThatIsNotUtf8IsReportedAndTheLowerLayerKept()
    {
        _site.WithBytes("_layouts/post.html", [0x3C, 0x70, 0x3E, 0xE9]);

        var (theme, diagnostics) = Load();

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.NotUtf8, "_layouts/post.html"), (error.Code, error.Path));
        Assert.StartsWith(BuiltIn, theme.Layouts["post"].DisplayPath, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenThemeManifestIsReported()
    {
        _site.With("themes/default/theme.yml", "config: [unclosed\n");

        var (_, diagnostics) = Load();

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.FrontMatterYamlError, "themes/default/theme.yml"), (error.Code, error.Path));
    }
}
