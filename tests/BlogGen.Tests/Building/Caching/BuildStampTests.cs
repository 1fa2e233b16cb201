using BlogGen.Building;
using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building.Caching;

/// <summary>
/// A build that finds the sources, settings and output as the last build left them stops after looking; any change
/// anywhere (a source, its time stamp, the configuration, the options, the output, the clock where a page shows it)
/// makes it build, and what it writes is what a build without any cache writes.
/// </summary>
public sealed class BuildStampTests
{
    private static readonly DateTimeOffset Later = TempSite.DefaultBuildTime.AddDays(1);
    private static readonly DateTime FirstSaved = new(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ChangesSaved = new(2025, 6, 2, 8, 0, 0, DateTimeKind.Utc);

    private static TempSite Site(string layout = "<html><body>{{ content }}</body></html>", string firstPost = "Hello.") => new TempSite()
        .With("_config.yml", "title: Stamps\nurl: https://example.org\n")
        .With("_layouts/post.html", layout)
        .With("_layouts/page.html", layout)
        .With("_data/team.yml", "- name: Ann\n")
        .With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\n" + firstPost)
        .With("_posts/2026-02-01-second.md", "---\ntitle: Second\n---\nWorld.")
        .With("_posts/2026-12-24-later.md", "---\ntitle: Later\n---\nNot yet.")
        .With("about.md", "---\ntitle: About\n---\nAbout us.")
        .With("img/a.png", "not really a png")
        .With("_sass/_colors.scss", "$accent: red;\n")
        .With("assets/main.scss", "---\n---\n@import \"colors\";\na { color: $accent; }\n");

    [Theory]
    // what happens between two builds, whether the second finds nothing changed
    [InlineData("nothing", true)]
    [InlineData("a post's text changes", false)]
    [InlineData("a post is saved again unchanged", false)]
    [InlineData("a post is added", false)]
    [InlineData("a post is deleted", false)]
    [InlineData("a static file changes", false)]
    [InlineData("a layout changes", false)]
    [InlineData("a data file changes", false)]
    [InlineData("a Sass partial changes", false)]
    [InlineData("the configuration changes", false)]
    [InlineData("drafts are shown", false)]
    [InlineData("another base URL is given", false)]
    [InlineData("an output file is edited", false)]
    [InlineData("a post's text changes and an output file is edited", false)]
    [InlineData("an output file is deleted", false)]
    [InlineData("a file is added to the output", false)]
    [InlineData("the build time moves on", true)]
    [InlineData("the build time passes a future post's date", false)]
    [InlineData("the build time goes back before the newest post", false)]
    [InlineData("the stamp is damaged", false)]
    public void ASecondBuildStopsAfterLookingOnlyWhenNothingItReadsOrWroteChanged(string change, bool nothingChanged)
    {
        using var site = Site();
        AgeSources(site, FirstSaved);
        var first = site.Build();
        Assert.Equal(0, first.Errors);
        Assert.False(first.NothingChanged);

        var overrides = Change(site, change);
        AgeSources(site, ChangesSaved);
        var second = site.Build(overrides);

        Assert.Equal(nothingChanged, second.NothingChanged);
        AssertSameAsWithoutCache(site, overrides);
        if (nothingChanged)
        {
            Assert.Equal((0, first.FilesWritten + first.FilesUnchanged, 0), (second.FilesWritten, second.FilesUnchanged, second.FilesDeleted));
            Assert.Equal((first.Posts, first.Pages, first.StaticFiles), (second.Posts, second.Pages, second.StaticFiles));
        }
    }

    [Theory]
    // where a page shows the build time, whether a build at a later time finds nothing changed
    [InlineData("layout", "<html><body>{{ content }}</body></html>", "Hello.", true)]
    [InlineData("layout shows site.time", "<html><body>{{ content }}{{ site.time | date: '%Y-%m-%d' }}</body></html>", "Hello.", false)]
    [InlineData("layout shows now", "<html><body>{{ content }}{{ 'now' | date: '%Y' }}</body></html>", "Hello.", false)]
    [InlineData("a post's Liquid shows site.time", "<html><body>{{ content }}</body></html>", "Built {{ site.time | date: '%Y-%m-%d' }}.", false)]
    public void APageShowingTheBuildTimeIsBuiltAgainWhenTheTimeMovesOn(string name, string layout, string firstPost, bool nothingChanged)
    {
        Assert.NotEmpty(name);
        using var site = Site(layout, firstPost);
        AgeSources(site, FirstSaved);
        site.Build();

        var later = site.Build(new ConfigOverrides { BuildTime = Later });
        var again = site.Build(new ConfigOverrides { BuildTime = Later });

        Assert.Equal(nothingChanged, later.NothingChanged);
        Assert.True(again.NothingChanged);
        AssertSameAsWithoutCache(site, new ConfigOverrides { BuildTime = Later });
    }

    [Fact]
    public void AnEmptySitesFeedIsDatedWithTheBuildTimeSoItIsBuiltAgain()
    {
        using var site = new TempSite().With("_config.yml", "title: Empty\n").With("about.md", "---\ntitle: About\n---\nHi.");
        AgeSources(site, FirstSaved);
        site.Build();

        Assert.False(site.Build(new ConfigOverrides { BuildTime = Later }).NothingChanged);
        Assert.True(site.Build(new ConfigOverrides { BuildTime = Later }).NothingChanged);
    }

    [Fact]
    public void NothingChangedReportsTheWarningsOfTheBuildItStandsFor()
    {
        using var site = Site(firstPost: "Text <span onclick=\"x()\">kept</span> and {% no_such_tag %}.");
        AgeSources(site, FirstSaved);
        var first = site.Build();
        var second = site.Build();

        Assert.True(second.NothingChanged);
        Assert.NotEmpty(first.Diagnostics);
        Assert.NotEmpty(first.SanitizerReports);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.SanitizerReports, second.SanitizerReports);
        Assert.Equal(first.SanitizerRemovals, second.SanitizerRemovals);
    }

    [Fact]
    public void ABuildWithErrorsLeavesNoStampSoTheNextShowsThemAgain()
    {
        using var site = Site().With("_posts/2026-03-01-broken.md", "---\ntitle: [unclosed\n---\nText.");
        AgeSources(site, FirstSaved);
        var first = site.Build();
        var second = site.Build();

        Assert.NotEqual(0, first.Errors);
        Assert.False(second.NothingChanged);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.False(File.Exists(BuildStampFile.PathIn(site.Root)));
    }

    [Theory]
    // what differs from the stamp, whether it still holds, whether the output was looked at
    [InlineData("nothing", true, true)]
    [InlineData("the output", false, true)]
    [InlineData("the inputs", false, false)]
    [InlineData("the inputs and the output", false, false)]
    [InlineData("the build time, shown on a page", false, false)]
    [InlineData("the build time, passing a held-back post's date", false, false)]
    public void TheOutputIsLookedAtOnlyWhenEverythingElseStillHolds(string differs, bool holds, bool outputLookedAt)
    {
        var built = TempSite.DefaultBuildTime;
        var stamp = new BuildStamp(Inputs: 1, Output: 2, built, ShowsBuildTime: differs.Contains("shown", StringComparison.Ordinal),
            NewestPostShown: built.AddDays(-1), FirstPostHeldBack: differs.Contains("held-back", StringComparison.Ordinal) ? built.AddHours(1) : null,
            new BuildResult(0, 0, 0, 0, 0, 0, 0, [], [], TimeSpan.Zero));
        var looks = 0;

        var stillHolds = stamp.StillHolds(
            differs.Contains("inputs", StringComparison.Ordinal) ? (UInt128)3 : 1,
            () =>
            {
                looks++;
                return differs.Contains("output", StringComparison.Ordinal) ? (UInt128)4 : 2;
            },
            differs.StartsWith("the build time", StringComparison.Ordinal) ? built.AddDays(1) : built);

        Assert.Equal((holds, outputLookedAt ? 1 : 0), (stillHolds, looks));
    }

    [Fact]
    public void AFileSavedMomentsBeforeABuildLeavesNoStamp()
    {
        using var site = Site();
        AgeSources(site, FirstSaved);
        site.Build();
        // Saved now: a second save within the file system's time stamp step, with the same size, would go unseen.
        site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHallo.");

        Assert.False(site.Build().NothingChanged);
        Assert.False(File.Exists(BuildStampFile.PathIn(site.Root)));
        Assert.False(site.Build().NothingChanged);
    }

    /// <summary>Applies the change and gives the overrides of the second build.</summary>
    private static ConfigOverrides? Change(TempSite site, string change)
    {
        switch (change)
        {
            case "nothing":
                return null;
            case "a post's text changes":
                site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHallo.");
                return null;
            case "a post is saved again unchanged":
                File.SetLastWriteTimeUtc(site.PathOf("_posts/2026-01-01-first.md"), ChangesSaved);
                return null;
            case "a post is added":
                site.With("_posts/2026-03-01-third.md", "---\ntitle: Third\n---\nMore.");
                return null;
            case "a post is deleted":
                File.Delete(site.PathOf("_posts/2026-02-01-second.md"));
                return null;
            case "a static file changes":
                site.With("img/a.png", "not really a PNG");
                return null;
            case "a layout changes":
                site.With("_layouts/post.html", "<html><body><main>{{ content }}</main></body></html>");
                return null;
            case "a data file changes":
                site.With("_data/team.yml", "- name: Bob\n");
                return null;
            case "a Sass partial changes":
                site.With("_sass/_colors.scss", "$accent: blue;\n");
                return null;
            case "the configuration changes":
                site.With("_config.yml", "title: Stamps again\nurl: https://example.org\n");
                return null;
            case "drafts are shown":
                site.With("_drafts/draft.md", "---\ntitle: Draft\ndate: 2026-03-01\n---\nSoon.");
                return new ConfigOverrides { ShowDrafts = true };
            case "another base URL is given":
                return new ConfigOverrides { BaseUrl = "/blog" };
            case "an output file is edited":
                File.WriteAllText(Path.Combine(site.Destination, "about.html"), "edited by hand");
                return null;
            case "a post's text changes and an output file is edited":
                // The build after the edit lays out again only what shows the post; the page edited by hand is put right too.
                site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHallo.");
                File.WriteAllText(Path.Combine(site.Destination, "about.html"), "edited by hand");
                return null;
            case "an output file is deleted":
                File.Delete(Path.Combine(site.Destination, "about.html"));
                return null;
            case "a file is added to the output":
                File.WriteAllText(Path.Combine(site.Destination, "stray.txt"), "left here");
                return null;
            case "the build time moves on":
                return new ConfigOverrides { BuildTime = TempSite.DefaultBuildTime.AddDays(1) };
            case "the build time passes a future post's date":
                return new ConfigOverrides { BuildTime = new DateTimeOffset(2026, 12, 25, 0, 0, 0, TimeSpan.Zero) };
            case "the build time goes back before the newest post":
                return new ConfigOverrides { BuildTime = new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero) };
            case "the stamp is damaged":
                var path = BuildStampFile.PathIn(site.Root);
                var bytes = File.ReadAllBytes(path);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                return null;
            default:
                throw new ArgumentException(change);
        }
    }

    /// <summary>
    /// Dates every source file saved in the last minutes back to <paramref name="savedAt"/>, as files saved long before a
    /// build are; a test ages the first sources and its changes to different times, as real saves would be.
    /// </summary>
    private static void AgeSources(TempSite site, DateTime savedAt)
    {
        foreach (var file in SourceFiles(site).Where(path => File.GetLastWriteTimeUtc(path) > DateTime.UtcNow.AddMinutes(-10)))
        {
            File.SetLastWriteTimeUtc(file, savedAt);
        }
    }

    private static IEnumerable<string> SourceFiles(TempSite site) => Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)
        .Where(path => !path.StartsWith(site.Destination, StringComparison.Ordinal) && !path.Contains(BuildCacheFile.FolderName, StringComparison.Ordinal));

    /// <summary>The destination holds what a build of a copy of the sources, without cache or output, writes.</summary>
    private static void AssertSameAsWithoutCache(TempSite site, ConfigOverrides? overrides)
    {
        using var clean = new TempSite();
        foreach (var file in SourceFiles(site))
        {
            clean.WithBytes(Path.GetRelativePath(site.Root, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        clean.Build(overrides);

        Assert.Equal(clean.OutputFiles(), site.OutputFiles());
        Assert.All(clean.OutputFiles(), path => Assert.Equal(clean.Output(path), site.Output(path)));
    }
}
