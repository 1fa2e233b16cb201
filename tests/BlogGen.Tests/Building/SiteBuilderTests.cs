using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Output;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

public sealed class SiteBuilderTests
{
    private const string Config = "title: Test Blog\nurl: https://example.org\n";

    private static string Post(string title, string body = "Hello.", string extra = "") =>
        $"---\ntitle: \"{title}\"\n{extra}---\n{body}\n";

    [Fact]
    public void BrokenFrontMatterIsReportedWithItsLineAndTheOtherPostsAreStillWritten()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-good.md", Post("Good"))
            .With("_posts/2025-01-02-bad.md", "---\ntitle: Bad\ntags: [a, b\ndate: 2025-01-02\n---\nBody\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("_posts/2025-01-02-bad.md", error.Path);
        Assert.Equal(DiagnosticCodes.FrontMatterYamlError, error.Code);
        Assert.InRange(error.Line, 3, 5);
        Assert.StartsWith($"_posts/2025-01-02-bad.md({error.Line},", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
        Assert.True(site.HasOutput("2025/01/01/good.html"));
        Assert.False(site.HasOutput("2025/01/02/bad.html"));
    }

    [Fact]
    public void DraftsFutureAndUnpublishedPostsAreLeftOutUnlessAskedFor()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "permalink: pretty\n")
            .With("_posts/2025-01-01-now.md", Post("Now"))
            .With("_posts/2030-01-01-later.md", Post("Later"))
            .With("_posts/2025-01-03-hidden.md", Post("Hidden", extra: "published: false\n"))
            .With("_drafts/idea.md", Post("Idea", extra: "date: 2025-02-01\n"));

        site.Build();
        Assert.True(site.HasOutput("2025/01/01/now/index.html"));
        Assert.False(site.HasOutput("2030/01/01/later/index.html"));
        Assert.False(site.HasOutput("2025/02/01/idea/index.html"));
        Assert.False(site.HasOutput("2025/01/03/hidden/index.html"));

        site.Build(new ConfigOverrides { ShowDrafts = true, ShowFuture = true });
        Assert.True(site.HasOutput("2030/01/01/later/index.html"));
        Assert.True(site.HasOutput("2025/02/01/idea/index.html"));
        Assert.False(site.HasOutput("2025/01/03/hidden/index.html"));
    }

    [Fact]
    public void PagesStaticFilesAndDataAreBuilt()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("about.md", "---\ntitle: About us\n---\nWe are {{ site.data.team.size }} people: {{ site.data.team | map: 'name' | join: ', ' }}.\n")
            .With("_data/team.yml", "- name: Ann\n- name: Bo\n")
            .With("css/extra.css", "body { color: red; }\n")
            .With("_private/notes.md", "not content\n")
            .With("notes.md~", "editor backup\n");

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        var about = Html.Parse(site.Output("about.html"));
        Assert.Equal("About us", about.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("We are 2 people: Ann, Bo.", about.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("body { color: red; }\n", site.Output("css/extra.css"));
        Assert.False(site.HasOutput("_private/notes.md"));
        Assert.False(site.HasOutput("notes.md~"));
        Assert.Equal(1, result.Pages);
        Assert.Equal(1, result.StaticFiles);
    }

    [Fact]
    public void HomePageIsPaginated()
    {
        var site = new TempSite().With("_config.yml", Config + "paginate: 2\n");
        using (site)
        {
            for (var day = 1; day <= 5; day++)
            {
                site.With($"_posts/2025-01-0{day}-post-{day}.md", Post($"Post {day}"));
            }
            site.Build();

            var first = Html.Parse(site.Output("index.html"));
            Assert.Contains("Post 5", first.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Post 4", first.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Post 3", first.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains(first.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/page2/");
            var third = Html.Parse(site.Output("page3/index.html"));
            Assert.Contains("Post 1", third.Body!.TextContent, StringComparison.Ordinal);
            Assert.False(site.HasOutput("page4/index.html"));
        }
    }

    [Fact]
    public void BaseUrlPrefixesEveryInternalLink()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-one.md", Post("One"));

        site.Build(new ConfigOverrides { BaseUrl = "/blog/" });

        var home = Html.Parse(site.Output("index.html"));
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/blog/2025/01/01/one.html");
        Assert.Equal("/blog/assets/css/style.css", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void PermalinkThatClimbsOutIsAnErrorNamingTheFile()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-escape.md", Post("Escape", extra: "permalink: /../../x\n"))
            .With("_posts/2025-01-02-fine.md", Post("Fine"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.PermalinkOutsideDestination, error.Code);
        Assert.Equal("_posts/2025-01-01-escape.md", error.Path);
        Assert.Equal(3, error.Line);
        Assert.False(File.Exists(Path.Combine(site.Root, "..", "x.html")));
        Assert.True(site.HasOutput("2025/01/02/fine.html"));
    }

    [Fact]
    public void DestinationThatContainsTheSourceIsRefusedBeforeAnythingIsTouched()
    {
        using var site = new TempSite().With("_config.yml", Config).With("_posts/2025-01-01-a.md", Post("A"));
        var before = Directory.GetFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order().ToList();

        var result = site.Build(destination: site.Root);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DestinationContainsSource);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, Directory.GetFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void UnchangedFilesKeepTheirTimestampsAndStaleFilesGo()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-a.md", Post("A"))
            .With("_posts/2025-01-02-b.md", Post("B"));
        site.Build();
        var stylesheet = Path.Combine(site.Destination, "assets/css/style.css");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(stylesheet, old);
        Directory.CreateDirectory(Path.Combine(site.Destination, ".git"));
        File.WriteAllText(Path.Combine(site.Destination, ".git", "HEAD"), "ref");

        File.Delete(Path.Combine(site.Root, "_posts/2025-01-02-b.md"));
        var result = site.Build();

        Assert.Equal(old, File.GetLastWriteTimeUtc(stylesheet));
        Assert.False(site.HasOutput("2025/01/02/b.html"));
        Assert.True(site.HasOutput(".git/HEAD"));
        Assert.True(result.FilesUnchanged > 0);
        Assert.False(Directory.Exists(Path.Combine(site.Destination, ".bloggen-staging")));
    }

    [Fact]
    public void SameInputGivesSameBytes()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "timezone: Asia/Tokyo\n")
            .With("_posts/2025-01-01-a.md", Post("A", "# 見出し\n\n本文。[link](/x/)\n", "tags: [b, a]\n"))
            .With("_posts/2025-01-02-b.md", Post("B"))
            .With("about.md", "---\ntitle: About\n---\nAbout.\n");
        var other = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-second");
        try
        {
            site.Build();
            site.Build(destination: other);
            var first = site.OutputFiles();
            Assert.Equal(first, Directory.EnumerateFiles(other, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(other, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
            foreach (var file in first)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(site.Destination, file)), File.ReadAllBytes(Path.Combine(other, file)));
            }
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void LiquidInContentRendersAndBrokenLiquidIsKeptLiterallyWithAWarning()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-liquid.md", Post("Liquid", "Welcome to {{ site.title }}.{% if page.title == 'Liquid' %} Yes.{% endif %}"))
            .With("_posts/2025-01-02-prose.md", Post("Prose", "Mirrored text with {{ broken and {% nonsense"))
            .With("_posts/2025-01-03-off.md", Post("Off", "Literal {{ site.title }}", "render_with_liquid: false\n"));

        var result = site.Build();

        Assert.Contains("Welcome to Test Blog. Yes.", Html.Parse(site.Output("2025/01/01/liquid.html")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mirrored text with {{ broken and {% nonsense", Html.Parse(site.Output("2025/01/02/prose.html")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ContentLiquidRenderedLiterally && d.Path == "_posts/2025-01-02-prose.md" && d.Severity == Severity.Warning);
        Assert.Contains("Literal {{ site.title }}", Html.Parse(site.Output("2025/01/03/off.html")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void TwoPostsClaimingOneUrlIsAnErrorAndTheFirstKeepsIt()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-a.md", Post("A", extra: "permalink: /same/\n"))
            .With("_posts/2025-01-02-b.md", Post("B", extra: "permalink: /same/\n"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UrlCollision);
        Assert.Contains("/same/", error.Message, StringComparison.Ordinal);
        Assert.True(site.HasOutput("same/index.html"));
        Assert.Equal(1, result.ExitCode);
    }

    /// <summary>
    /// Pages are staged as they are rendered, but not the pages of a shared path: the one the site keeps is known only
    /// once all are rendered. Edits to either page, built again, leave the same page in the site with its new text.
    /// </summary>
    [Fact]
    public void OfTwoPostsOnOneUrlTheSameOneIsWrittenBuildAfterBuild()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-a.md", Post("A", "Text of A.", "permalink: /same/\n"))
            .With("_posts/2025-01-02-b.md", Post("B", "Text of B.", "permalink: /same/\n"));

        site.Build();
        Assert.Contains("Text of B.", site.Output("same/index.html"), StringComparison.Ordinal);

        site.With("_posts/2025-01-02-b.md", Post("B", "B edited.", "permalink: /same/\n"));
        site.Build();
        Assert.Contains("B edited.", site.Output("same/index.html"), StringComparison.Ordinal);

        site.With("_posts/2025-01-01-a.md", Post("A", "A edited.", "permalink: /same/\n"));
        var result = site.Build();
        Assert.Contains("B edited.", site.Output("same/index.html"), StringComparison.Ordinal);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UrlCollision);
        Assert.False(Directory.Exists(Path.Combine(site.Destination, StagingJournal.FolderName)));
    }

    /// <summary>A page is staged as it is rendered, before the static files are listed: one on a static file's path still wins, and the file is reported.</summary>
    [Fact]
    public void APageOnAStaticFilesPathIsWrittenAndTheFileIsSkipped()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("notes.md", "---\ntitle: Notes\npermalink: /notes.txt\n---\nThe page.\n")
            .With("notes.txt", "The static file.");

        var result = site.Build();

        Assert.Contains("The page.", site.Output("notes.txt"), StringComparison.Ordinal);
        Assert.EndsWith("/notes.txt", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UrlCollision).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteLayoutsOverrideTheThemeAndMissingLayoutsAreErrors()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_layouts/post.html", "---\nlayout: shell\n---\n<article class=\"mine\">{{ content }}</article>")
            .With("_layouts/shell.html", "<html><body>{{ content }}</body></html>")
            .With("_posts/2025-01-01-a.md", Post("A", "Body text"))
            .With("_posts/2025-01-02-b.md", Post("B", extra: "layout: nowhere\n"));

        var result = site.Build();

        Assert.Equal("<html><body><article class=\"mine\"><p>Body text</p>\n</article></body></html>", site.Output("2025/01/01/a.html"));
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LayoutNotFound);
        Assert.Equal("_posts/2025-01-02-b.md", error.Path);
    }

    [Fact]
    public void LayoutCycleIsReportedOnce()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_layouts/a.html", "---\nlayout: b\n---\n{{ content }}")
            .With("_layouts/b.html", "---\nlayout: a\n---\n{{ content }}")
            .With("_posts/2025-01-01-x.md", Post("X", extra: "layout: a\n"));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.LayoutCycle && d.Message.Contains("a -> b -> a", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void AFolderWithOnlyPostsBuildsWithTheEmbeddedTheme()
    {
        using var site = new TempSite().With("_posts/2025-01-01-hello.md", Post("Hello"));

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        Assert.True(site.HasOutput("index.html"));
        Assert.True(site.HasOutput("assets/css/style.css"));
        Assert.Contains("Hello", site.Output("2025/01/01/hello.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void PostUrlAndLinkFindDocumentsBySourceName()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "baseurl: /blog\n")
            .With("_posts/2025-01-01-first.md", Post("First"))
            .With("_posts/2025-01-02-second.md", Post("Second", "[back]({% post_url 2025-01-01-first %}) [about]({% link about.md %})"))
            .With("_posts/2025-01-03-third.md", Post("Third", "[gone]({% post_url 2024-12-31-nothing %})"))
            .With("about.md", "---\ntitle: About\n---\nAbout.\n");

        var result = site.Build();

        var second = Html.Parse(site.Output("2025/01/02/second.html"));
        Assert.Contains(second.QuerySelectorAll("[itemprop=articleBody] a"), a => a.GetAttribute("href") == "/blog/2025/01/01/first.html");
        Assert.Contains(second.QuerySelectorAll("[itemprop=articleBody] a"), a => a.GetAttribute("href") == "/blog/about.html");
        var warning = Assert.Single(result.Diagnostics, d => d.Path == "_posts/2025-01-03-third.md");
        Assert.Equal(DiagnosticCodes.ContentLiquidRenderedLiterally, warning.Code);
        Assert.Contains("there is no post '2024-12-31-nothing'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnHtmlCommentExcerptSeparatorCutsTheExcerptAndLeavesNoTrace()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-cut.md", Post("Cut", "First part.\n\n<!--more-->\n\nSecond part.", "excerpt_separator: <!--more-->\n"));

        var result = site.Build();

        Assert.DoesNotContain(result.SanitizerReports, r => r.Path == "_posts/2025-01-01-cut.md");
        var home = Html.Parse(site.Output("index.html")).Body!.TextContent;
        Assert.Contains("First part.", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Second part.", home, StringComparison.Ordinal);
        Assert.Contains("Second part.", site.Output("2025/01/01/cut.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownLinksToSourceFilesPointAtTheBuiltPages()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "permalink: pretty\nbaseurl: /site\n")
            .With("guide/index.md", "---\ntitle: Guide\n---\nSee [the CLI](cli.md#build), [about](../about.md) and [a post](../_posts/2025-01-01-a.md).\n")
            .With("guide/cli.md", "---\ntitle: CLI\n---\n## build\n")
            .With("about.md", "---\ntitle: About\n---\nAbout.\n")
            .With("_posts/2025-01-01-a.md", Post("A"));

        site.Build();

        var links = Html.Parse(site.Output("guide/index.html")).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/site/guide/cli/#build", links);
        Assert.Contains("/site/about/", links);
        Assert.Contains("/site/2025/01/01/a/", links);
    }

    [Fact]
    public void MarkdownPathsOnTheSiteGetTheBaseUrlAndFindStaticFiles()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "permalink: pretty\nbaseurl: /repo\n")
            .With("assets/images/a.svg", "<svg/>")
            .With("guide/pics/b.png", "png")
            .With("guide/index.md", "---\ntitle: Guide\n---\n![a](/assets/images/a.svg) ![b](pics/b.png) [home](/) [already](/repo/about/)\n");

        site.Build();

        var main = Html.Parse(site.Output("guide/index.html")).QuerySelector("main")!;
        Assert.Equal(["/repo/assets/images/a.svg", "/repo/guide/pics/b.png"], main.QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Equal(["/repo/", "/repo/about/"], main.QuerySelectorAll("p a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void InPageLinksInAnExcerptLeadBackToThePost()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-a.md", Post("A", "See [the details](#details) below.\n\n## Details\n\nHere."));

        site.Build();

        var home = Html.Parse(site.Output("index.html"));
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/2025/01/01/a.html#details");
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#details");
        Assert.Contains("href=\"#details\"", site.Output("2025/01/01/a.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_posts/2025-02-30-impossible.md", "BG1005", "'2025-02-30'")]
    [InlineData("_posts/undated.md", "BG1006", "no date")]
    public void APostWithoutAUsableDateSaysWhy(string path, string code, string message)
    {
        using var site = new TempSite().With("_config.yml", Config).With(path, Post("X"));

        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal((code, path), (error.Code, error.Path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
