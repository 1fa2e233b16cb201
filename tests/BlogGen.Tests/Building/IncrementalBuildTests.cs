using BlogGen.Building;
using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>
/// A build that reuses the cache of an earlier one must write exactly what a clean build writes, whatever changed
/// in between: edits, adds, deletes, renames, links whose target moved, configuration.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static readonly string Corpus = RepositoryFiles.PathOf("tests/fixtures/corpus-60");

    public static TheoryData<string> Changes => [.. ChangeSet.Keys];

    private static readonly Dictionary<string, Action<TempSite>> ChangeSet = new(StringComparer.Ordinal)
    {
        ["nothing"] = _ => { },
        ["edit a body"] = site => Append(site, FirstPost(site), "\n\nA new closing paragraph with `code`.\n"),
        ["edit a title"] = site => Replace(site, FirstPost(site), "title:", "title: Renamed —"),
        ["add a post"] = site => site.With("_posts/2026-01-02-added.md", "---\ntitle: Added\ntags: [新闻]\n---\nAdded **today**.\n"),
        ["delete a post"] = site => File.Delete(site.PathOf(FirstPost(site))),
        ["rename a post"] = site => File.Move(site.PathOf(FirstPost(site)), site.PathOf("_posts/2026-01-03-moved.md")),
        ["move a linked page"] = site => File.Move(site.PathOf("about.md"), site.PathOf("about-us.md")),
        ["change the configuration"] = site => Replace(site, "_config.yml", "baseurl: \"\"", "baseurl: /blog\nexcerpt_separator: \"\\n\\n\""),
        ["turn a post's HTML into Markdown"] = site => Replace(site, FirstPost(site), "<", "&lt;"),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void The_output_after_a_change_is_the_clean_build_s(string change)
    {
        using var site = CorpusCopy();
        site.With("_posts/2026-01-01-links.md", "---\ntitle: Links\n---\nSee [about](../about.md) and [the first post]({% post_url 2016-02-10-thepaper-40002 %}).\n");
        var first = site.Build();
        Assert.Equal(0, first.Errors);

        ChangeSet[change](site);
        var incremental = site.Build();
        var clean = CleanBuild(site);

        Assert.Equal(0, clean.Errors);
        Assert.Equal(Describe(clean.Diagnostics), Describe(incremental.Diagnostics));
        AssertSameTree(Path.Combine(site.Root, "_clean"), site.Destination);

        // Every body depends on the configuration; anything else leaves most of them as they were.
        var reusable = change == "change the configuration" ? 0 : first.Posts + first.Pages - 2;
        Assert.True(incremental.BodiesReused >= reusable, $"{incremental.BodiesReused} bodies reused, expected {reusable} or more");
    }

    [Fact]
    public void A_cache_from_another_configuration_is_not_reused()
    {
        using var site = CorpusCopy();
        site.Build();
        Append(site, "_config.yml", "\nsanitize:\n  allowed_tags_add: [kbd]\n");

        Assert.Equal(0, site.Build().BodiesReused);
    }

    [Fact]
    public void A_damaged_cache_file_is_ignored()
    {
        using var site = CorpusCopy();
        site.Build();
        var cacheFile = BodyCacheFile.PathIn(site.Root);
        var bytes = File.ReadAllBytes(cacheFile);
        File.WriteAllBytes(cacheFile, bytes[..(bytes.Length / 2)]);

        var result = site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal(0, result.BodiesReused);
        AssertSameTree(Path.Combine(site.Root, "_clean"), site.Destination, CleanBuild(site));
    }

    [Fact]
    public void A_cache_kept_in_memory_is_reused_and_keeps_only_what_the_site_still_has()
    {
        using var site = CorpusCopy();
        var cache = new BodyCache();
        var options = new BuildOptions(site.Root, null, new ConfigOverrides { BuildTime = TempSite.DefaultBuildTime }) { Cache = cache };
        SiteBuilder.Build(options);
        var entries = cache.Count;
        File.Delete(site.PathOf(FirstPost(site)));

        var second = SiteBuilder.Build(options);

        Assert.Equal(entries - 1, cache.Count);
        Assert.Equal(second.Posts + second.Pages, second.BodiesReused);
        Assert.False(File.Exists(BodyCacheFile.PathIn(site.Root)), "a cache the caller keeps is not written to disk");
    }

    private static TempSite CorpusCopy()
    {
        var site = new TempSite();
        foreach (var file in Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories))
        {
            site.WithBytes(Path.GetRelativePath(Corpus, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        return site;
    }

    private static BuildResult CleanBuild(TempSite site) =>
        SiteBuilder.Build(new BuildOptions(site.Root, Path.Combine(site.Root, "_clean"),
            new ConfigOverrides { BuildTime = TempSite.DefaultBuildTime })
        { Cache = new BodyCache() });

    private static string FirstPost(TempSite site) =>
        Path.GetRelativePath(site.Root, Directory.EnumerateFiles(site.PathOf("_posts")).Order(StringComparer.Ordinal).First()).Replace('\\', '/');

    private static void Append(TempSite site, string relativePath, string text) =>
        File.AppendAllText(site.PathOf(relativePath), text);

    private static void Replace(TempSite site, string relativePath, string oldText, string newText) =>
        File.WriteAllText(site.PathOf(relativePath), File.ReadAllText(site.PathOf(relativePath)).Replace(oldText, newText, StringComparison.Ordinal));

    private static string[] Describe(IEnumerable<BlogGen.Diagnostics.Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.ToString())];

    private static void AssertSameTree(string expected, string actual, BuildResult? build = null)
    {
        Assert.True(build is null || build.Errors == 0);
        var expectedFiles = Files(expected);
        Assert.Equal(expectedFiles, Files(actual));
        foreach (var file in expectedFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs from a clean build's");
        }
    }

    private static string[] Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
