using BlogGen.Building;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class CommentsTests
{
    private const string Giscus =
        "comments:\n  provider: giscus\n  giscus:\n    repo: me/blog\n    repo_id: R_1\n    category: \"Q&A\"\n    category_id: DIC_2\n    reactions_enabled: false\n";

    private const string Utterances = "comments:\n  provider: utterances\n  utterances:\n    repo: me/blog\n    issue_term: title\n    theme: github-dark\n";

    private static (TempSite Site, BuildResult Result) Build(string config, string frontMatter)
    {
        var site = new TempSite()
            .With("_config.yml", "title: T\nlang: zh-CN\n" + config)
            .With("_posts/2025-01-01-post.md", $"---\ntitle: P\n{frontMatter}---\nBody\n");
        return (site, site.Build());
    }

    private static AngleSharp.Dom.IElement? Script(TempSite site) =>
        Html.Parse(site.Output("2025/01/01/post.html")).QuerySelector("section.comments script");

    [Fact]
    public void Giscus_embed_has_the_configured_attributes_escaped()
    {
        var (site, result) = Build(Giscus, "comments: True\n");
        using var _ = site;

        var script = Script(site);
        Assert.NotNull(script);
        Assert.Equal("https://giscus.app/client.js", script.GetAttribute("src"));
        Assert.Equal("me/blog", script.GetAttribute("data-repo"));
        Assert.Equal("R_1", script.GetAttribute("data-repo-id"));
        Assert.Equal("Q&A", script.GetAttribute("data-category"));
        Assert.Equal("DIC_2", script.GetAttribute("data-category-id"));
        Assert.Equal("pathname", script.GetAttribute("data-mapping"));
        Assert.Equal("0", script.GetAttribute("data-reactions-enabled"));
        Assert.Equal("zh-CN", script.GetAttribute("data-lang"));
        Assert.Equal("anonymous", script.GetAttribute("crossorigin"));
        Assert.True(script.HasAttribute("async"));
        Assert.Contains("data-category=\"Q&amp;A\"", site.Output("2025/01/01/post.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("BG504", StringComparison.Ordinal));
    }

    [Fact]
    public void Utterances_embed_has_the_configured_attributes()
    {
        var (site, _) = Build(Utterances, "comments: true\n");
        using var _site = site;

        var script = Script(site);
        Assert.NotNull(script);
        Assert.Equal("https://utteranc.es/client.js", script.GetAttribute("src"));
        Assert.Equal("me/blog", script.GetAttribute("repo"));
        Assert.Equal("title", script.GetAttribute("issue-term"));
        Assert.Equal("github-dark", script.GetAttribute("theme"));
    }

    [Theory]
    [InlineData(Giscus, "comments: false\n")]
    [InlineData(Giscus, "")]
    [InlineData(Giscus, "comments: \"<script>alert(1)</script>\"\n")]
    [InlineData("", "comments: true\n")]
    public void Without_config_or_without_comments_true_nothing_is_embedded(string config, string frontMatter)
    {
        var (site, _) = Build(config, frontMatter);
        using var _site = site;

        var output = site.Output("2025/01/01/post.html");
        Assert.Null(Html.Parse(output).QuerySelector("section.comments"));
        Assert.Empty(Html.ExecutableScripts(output));
    }

    [Fact]
    public void A_front_matter_comments_embed_value_never_reaches_the_page()
    {
        var (site, _) = Build("", "comments_embed: \"<script>alert(1)</script>\"\n");
        using var _site = site;

        var output = site.Output("2025/01/01/post.html");
        Assert.Empty(Html.ExecutableScripts(output));
        Assert.DoesNotContain("alert(1)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("comments:\n  provider: disqus\n", DiagnosticCodes.CommentsProviderUnknown)]
    [InlineData("comments: yes\n", DiagnosticCodes.CommentsProviderUnknown)]
    [InlineData("comments:\n  provider: giscus\n  giscus:\n    repo: me/blog\n", DiagnosticCodes.CommentsSettingMissing)]
    [InlineData("comments:\n  provider: utterances\n", DiagnosticCodes.CommentsSettingMissing)]
    public void A_provider_that_cannot_work_is_reported_and_embeds_nothing(string config, string code)
    {
        var (site, result) = Build(config, "comments: true\n");
        using var _site = site;

        var warning = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("_config.yml", warning.Path);
        Assert.Null(Script(site));
    }

    [Fact]
    public void Missing_settings_are_named()
    {
        var (site, result) = Build("comments:\n  provider: giscus\n  giscus:\n    repo: me/blog\n", "comments: true\n");
        using var _site = site;

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CommentsSettingMissing);
        Assert.Contains("repo_id, category, category_id", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_setting_is_reported_and_the_embed_still_shown()
    {
        var (site, result) = Build(Utterances.Replace("    theme:", "    colour: red\n    theme:", StringComparison.Ordinal), "comments: true\n");
        using var _site = site;

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CommentsSettingUnknown);
        Assert.Contains("comments.utterances.colour", warning.Message, StringComparison.Ordinal);
        Assert.Null(Script(site)?.GetAttribute("colour"));
        Assert.NotNull(Script(site));
    }
}
