using BlogGen.Building;
using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Output;
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
        ["change a post's tags"] = site => Replace(site, FirstPost(site), "tags: [ 澎湃新闻, 能源 ]", "tags: [ 财新网, 社会, 半导体 ]"),
        ["move the oldest post a year back"] = site => Replace(site, FirstPost(site), "date: 2016-02-10T09:09:55.000Z", "date: 2015-02-10T09:09:55.000Z"),
        ["edit a data file"] = site => Replace(site, "_data/team.yml", "Ann", "Bea"),
        ["edit a page whose layout shows only its content"] = site => Append(site, "bare.md", "More.\n"),
    };

    /// <summary>
    /// Exactly what a build after each change reuses of the first build's work on disk: bodies converted and pages laid
    /// out. Every body depends on the configuration; pages depend on every URL (links between documents), so only
    /// changes that move no URL keep pages. The corpus has 61 posts and 4 pages (with the links post).
    /// </summary>
    private static readonly Dictionary<string, (int Bodies, int Pages)> ReusedOnDisk = new(StringComparer.Ordinal)
    {
        ["nothing"] = (65, 199),
        ["edit a body"] = (64, 198),
        ["edit a title"] = (64, 185),
        ["add a post"] = (65, 0),
        ["delete a post"] = (62, 0),
        ["rename a post"] = (62, 0),
        ["move a linked page"] = (63, 0),
        ["change the configuration"] = (0, 0),
        ["turn a post's HTML into Markdown"] = (64, 194),
        ["change a post's tags"] = (65, 188),
        ["move the oldest post a year back"] = (63, 0),
        ["edit a data file"] = (65, 198),
        ["edit a page whose layout shows only its content"] = (64, 198),
    };

    /// <summary>The same for the preview site built in memory, with the files it kept as they were (the same objects).</summary>
    private static readonly Dictionary<string, (int Bodies, int Pages, int FilesKept)> ReusedInMemory = new(StringComparer.Ordinal)
    {
        ["nothing"] = (66, 200, 314),
        ["edit a body"] = (64, 198, 305),
        ["edit a title"] = (64, 185, 297),
        ["add a post"] = (65, 0, 296),
        ["delete a post"] = (62, 0, 201),
        ["rename a post"] = (62, 0, 295),
        ["move a linked page"] = (63, 0, 310),
        ["change the configuration"] = (0, 0, 51),
        ["turn a post's HTML into Markdown"] = (64, 194, 279),
        ["change a post's tags"] = (65, 188, 285),
        ["move the oldest post a year back"] = (64, 0, 301),
        ["edit a data file"] = (66, 199, 313),
        ["edit a page whose layout shows only its content"] = (65, 199, 313),
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

        Assert.Equal((61, 4), (first.Posts, first.Pages));
        Assert.Equal(ReusedOnDisk[change], (incremental.BodiesReused, incremental.PagesReused));
    }

    public static TheoryData<string, bool> ChangesReportedOrNot
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var change in ChangeSet.Keys)
            {
                data.Add(change, false);
                data.Add(change, true);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ChangesReportedOrNot))]
    public void The_site_built_in_memory_after_a_change_is_the_clean_build_s(string change, bool reported)
    {
        using var site = PreviewSite();
        var memory = new InMemoryOutput();
        var options = PreviewOptions(site, memory);
        var first = SiteBuilder.Build(options);
        var firstSite = memory.Latest;

        var before = Snapshot(site);
        ChangeSet[change](site);
        // As the preview server's watcher reports them: every path created, deleted or written since the last build.
        var incremental = SiteBuilder.Build(reported ? options with { Changed = ChangedPaths(before, Snapshot(site)) } : options);

        Assert.Equal(0, first.Errors);
        var cleanFiles = AssertBuiltAsCleanBuild(site, incremental, firstSite, memory.Latest);
        var unchanged = cleanFiles.Count(file => ReferenceEquals(firstSite.Find(file), memory.Latest.Find(file)));
        Assert.Equal(incremental.FilesUnchanged, unchanged);
        Assert.Equal(ReusedInMemory[change], (incremental.BodiesReused, incremental.PagesReused, unchanged));
        if (change == "nothing")
        {
            Assert.Equal(0, incremental.FilesWritten);
            Assert.Equal(firstSite.Count, unchanged);
        }
    }

    /// <summary>
    /// What the preview keeps between saves (page objects, the layout history, memos) must hold over a whole session,
    /// not only for one save after the first build: each change here is built on the last one's state.
    /// </summary>
    [Fact]
    public void A_session_of_changes_built_in_memory_is_the_clean_build_after_each()
    {
        // After the tags change, other posts list the changed post as related: pages that start reading it must be among
        // its readers when its title changes next (no URL changes in between, which would start the history anew).
        // Each change with exactly what its build reuses of the last one (bodies converted, pages laid out).
        (string Change, int Bodies, int Pages)[] session =
        [
            ("edit a body", 64, 198),
            ("change a post's tags", 65, 188),
            ("edit a title", 64, 183),
            ("edit a data file", 66, 198),
            ("edit a page whose layout shows only its content", 65, 198),
            ("add a post", 65, 0),
            ("move the oldest post a year back", 65, 0),
            ("turn a post's HTML into Markdown", 65, 194),
            ("edit a title", 65, 185),
            ("move a linked page", 64, 0),
            ("nothing", 67, 201),
            ("rename a post", 63, 0),
            ("delete a post", 65, 0),
            ("change the configuration", 0, 0),
            ("edit a body", 64, 198),
        ];
        Assert.Equal(ChangeSet.Keys.Order(StringComparer.Ordinal), session.Select(step => step.Change).Distinct().Order(StringComparer.Ordinal));
        using var site = PreviewSite();
        var memory = new InMemoryOutput();
        var options = PreviewOptions(site, memory);
        Assert.Equal(0, SiteBuilder.Build(options).Errors);

        foreach (var (change, bodies, pages) in session)
        {
            var before = Snapshot(site);
            var lastSite = memory.Latest;
            ChangeSet[change](site);
            var built = SiteBuilder.Build(options with { Changed = ChangedPaths(before, Snapshot(site)) });
            AssertBuiltAsCleanBuild(site, built, lastSite, memory.Latest, $"after '{change}'");
            Assert.True((bodies, pages) == (built.BodiesReused, built.PagesReused),
                $"after '{change}': {built.BodiesReused} bodies and {built.PagesReused} pages reused, expected {bodies} and {pages}");
        }
    }

    [Fact]
    public void A_file_no_watcher_reported_is_taken_as_it_was_and_read_again_once_reported()
    {
        using var site = CorpusCopy();
        var post = FirstPost(site);
        var options = PreviewOptions(site, new InMemoryOutput());
        SiteBuilder.Build(options);
        Replace(site, post, "title:", "title: Edited");

        SiteBuilder.Build(options with { Changed = [] });
        var unreported = Texts(options.Memory!.Latest);
        SiteBuilder.Build(options with { Changed = [site.PathOf(post)] });
        var reported = Texts(options.Memory!.Latest);

        Assert.DoesNotContain(unreported, text => text.Contains("Edited", StringComparison.Ordinal));
        Assert.Contains(reported, text => text.Contains("Edited", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_reported_to_a_build_that_stopped_early_is_built_by_the_next()
    {
        using var site = CorpusCopy();
        var post = FirstPost(site);
        var options = PreviewOptions(site, new InMemoryOutput());
        SiteBuilder.Build(options);
        var config = File.ReadAllText(site.PathOf("_config.yml"));

        Replace(site, post, "title:", "title: Edited");
        site.With("_config.yml", "title: [unclosed\n");
        var stopped = SiteBuilder.Build(options with { Changed = [site.PathOf(post), site.PathOf("_config.yml")] });
        site.With("_config.yml", config);
        SiteBuilder.Build(options with { Changed = [site.PathOf("_config.yml")] });

        Assert.True(stopped.Errors > 0);
        Assert.Contains(Texts(options.Memory!.Latest), text => text.Contains("Edited", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_saved_twice_within_one_timestamp_step_is_read_again()
    {
        using var site = CorpusCopy();
        var post = FirstPost(site);
        var options = PreviewOptions(site, new InMemoryOutput());
        Replace(site, post, "title:", "title: AAAA");
        var savedAt = File.GetLastWriteTimeUtc(site.PathOf(post));
        SiteBuilder.Build(options);

        // Same size, same modification time: only the content differs, as after a second save within a coarse timestamp.
        Replace(site, post, "title: AAAA", "title: BBBB");
        File.SetLastWriteTimeUtc(site.PathOf(post), savedAt);
        SiteBuilder.Build(options);

        var texts = options.Memory!.Latest.Files.Values.Where(file => file.Content is not null)
            .Select(file => System.Text.Encoding.UTF8.GetString(file.Content!)).ToList();
        Assert.Contains(texts, text => text.Contains("BBBB", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("AAAA", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_body_renders_again_only_the_pages_that_show_that_body()
    {
        using var site = CorpusCopy();
        site.Build();
        var unchanged = site.Build();
        Append(site, FirstPost(site), "\n\nA new closing paragraph.\n");

        var edited = site.Build();

        // The post itself (the oldest post, on no list page that shows excerpts); not the archive, the tag index or
        // the other posts listing it as related or as a neighbour, which read its title and URL only.
        Assert.Equal(0, unchanged.FilesWritten);
        var renderedAgain = unchanged.PagesReused - edited.PagesReused;
        Assert.Equal(1, renderedAgain);
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
        var cacheFile = BuildCacheFile.PathIn(site.Root);
        var bytes = File.ReadAllBytes(cacheFile);
        File.WriteAllBytes(cacheFile, bytes[..(bytes.Length / 2)]);

        var result = site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal(0, result.BodiesReused);
        AssertSameTree(Path.Combine(site.Root, "_clean"), site.Destination, CleanBuild(site));
    }

    /// <summary>
    /// A new title adds one word to the index: the next <c>bloggen build</c> starts from the index the cache kept and
    /// makes again only the shard that word is in, and the index is kept again only when it changed.
    /// </summary>
    [Fact]
    public void A_build_after_an_edit_makes_again_only_the_search_shards_the_edit_touches()
    {
        using var site = CorpusCopy();
        var first = site.Build();
        var searchCache = SearchIndexCacheFile.PathIn(site.Root);
        var shards = Directory.GetFiles(Path.Combine(site.Destination, "search", "shards")).Length;
        Replace(site, FirstPost(site), "title:", "title: Renamed —");

        var edited = site.Build();
        var keptAfterEdit = File.ReadAllBytes(searchCache);
        Replace(site, "about.md", "About", "About us");
        var untouchedIndex = site.Build();

        Assert.Equal((0, shards - 1, shards), (first.SearchShardsReused, edited.SearchShardsReused, untouchedIndex.SearchShardsReused));
        Assert.Equal(keptAfterEdit, File.ReadAllBytes(searchCache));
        AssertSameTree(Path.Combine(site.Root, "_clean"), site.Destination, CleanBuild(site));
    }

    /// <summary>
    /// Each <c>bloggen build</c> numbers the edited post's new words after those the cache kept, and keeps only the words
    /// some post still holds: edits in turn, each reading what the last kept, write what a clean build writes, and an
    /// edit undone leaves the kept index as it was.
    /// </summary>
    [Fact]
    public void Edits_in_turn_each_from_the_search_index_the_last_kept_write_the_clean_build_s_files()
    {
        using var site = CorpusCopy();
        site.Build();
        var searchCache = SearchIndexCacheFile.PathIn(site.Root);
        var kept = File.ReadAllBytes(searchCache);
        Replace(site, FirstPost(site), "title:", "title: Zanzibar quokkas —");
        site.Build();
        var keptWithNewWords = File.ReadAllBytes(searchCache);
        AssertSameTree(Path.Combine(site.Root, "_clean"), site.Destination, CleanBuild(site));

        Replace(site, FirstPost(site), "title: Zanzibar quokkas —", "title:");
        var undone = site.Build();

        Assert.Equal(0, undone.Errors);
        Assert.True(keptWithNewWords.Length > kept.Length);
        Assert.Equal(kept, File.ReadAllBytes(searchCache));
        AssertSameTree(Path.Combine(site.Root, "_clean"), site.Destination, CleanBuild(site));
    }

    [Theory]
    [InlineData("cut in half")]
    [InlineData("garbled")]
    [InlineData("emptied")]
    public void A_damaged_search_index_cache_is_ignored(string damage)
    {
        using var site = CorpusCopy();
        site.Build();
        var searchCache = SearchIndexCacheFile.PathIn(site.Root);
        var bytes = File.ReadAllBytes(searchCache);
        File.WriteAllBytes(searchCache, damage switch
        {
            "cut in half" => bytes[..(bytes.Length / 2)],
            "garbled" => [.. bytes.Select((b, i) => i < 20 || i % 7 != 0 ? b : (byte)~b)],
            _ => [],
        });
        Replace(site, FirstPost(site), "title:", "title: Renamed —");

        var result = site.Build();

        Assert.Equal(0, result.Errors);
        // Read in the background, the damaged file is still reported, once.
        Assert.Single(result.CacheIgnored, line => line.StartsWith(".bloggen-cache/search.bin was not used: it ", StringComparison.Ordinal));
        AssertSameTree(Path.Combine(site.Root, "_clean"), site.Destination, CleanBuild(site));
    }

    [Fact]
    public void A_cache_kept_in_memory_is_reused_and_not_written_to_disk()
    {
        using var site = CorpusCopy();
        var options = new BuildOptions(site.Root, null, new ConfigOverrides { BuildTime = TempSite.DefaultBuildTime }) { Session = new BuildSession() };
        var first = SiteBuilder.Build(options);
        Append(site, FirstPost(site), "\nOne more line.\n");

        var second = SiteBuilder.Build(options);

        Assert.Equal(0, first.BodiesReused);
        Assert.Equal(second.Posts + second.Pages - 1, second.BodiesReused);
        // Every page but the edited post's.
        Assert.Equal(196, second.PagesReused);
        Assert.False(File.Exists(BuildCacheFile.PathIn(site.Root)), "a cache the caller keeps is not written to disk");
    }

    [Fact]
    public void Nothing_is_rendered_or_written_again_when_nothing_changed()
    {
        using var site = CorpusCopy();
        var first = site.Build();

        var second = site.Build();

        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(first.Posts + first.Pages, second.BodiesReused);
        // Every page laid out: nothing is rendered again.
        Assert.Equal(197, second.PagesReused);
    }

    [Fact]
    public void A_page_deleted_from_the_destination_is_rendered_again()
    {
        using var site = CorpusCopy();
        site.Build();
        var about = Path.Combine(site.Destination, "about", "index.html");
        var expected = File.ReadAllBytes(about);
        File.Delete(about);

        site.Build();

        Assert.Equal(expected, File.ReadAllBytes(about));
    }

    [Fact]
    public void A_page_listing_another_post_s_title_is_rendered_again_when_that_title_changes()
    {
        using var site = CorpusCopy();
        site.With("_layouts/page.html", "---\nlayout: default\n---\n{% for post in site.posts limit: 1 %}<p id=\"newest\">{{ post.title }}</p>{% endfor %}{{ content }}");
        site.With("_posts/2030-01-01-newest.md", "---\ntitle: First title\n---\nBody.\n");
        site.Build(new ConfigOverrides { ShowFuture = true });

        site.With("_posts/2030-01-01-newest.md", "---\ntitle: Second title\n---\nBody.\n");
        var result = site.Build(new ConfigOverrides { ShowFuture = true });

        Assert.Contains("<p id=\"newest\">Second title</p>", site.Output("about/index.html"), StringComparison.Ordinal);
        // Every page but those that show the changed title.
        Assert.Equal(193, result.PagesReused);
    }

    /// <summary>The corpus with what makes the preview's kept state show: pages that read other pages as bodies see them, and links.</summary>
    private static TempSite PreviewSite()
    {
        var site = CorpusCopy();
        // Liquid in a page's body sees posts' content and excerpt of this build, and pages as read (no enricher fields
        // yet), even when the page objects are those of the last build, which have them: an edited post body changes it.
        site.With("digest.md", "---\ntitle: Digest\n---\n{% for post in site.posts %}{{ post.excerpt | size }}/{{ post.content | size }}/" +
            "{{ post.reading_time }}/{{ post.related | size }}/{{ post.seo.title }}/{{ post | jsonify | size }} {% endfor %}{{ page.word_count }}\n");
        // A converted body kept from the last build holds only while its links lead where they did.
        site.With("_posts/2026-01-01-links.md", "---\ntitle: Links\n---\nSee [about](../about.md) and [the first post](2016-02-10-thepaper-40002.md).\n");
        // Files as old as a writer's posts: their reads are reused rather than taken again for being recent.
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
        return site;
    }

    private static BuildOptions PreviewOptions(TempSite site, InMemoryOutput memory) =>
        new(site.Root, null, new ConfigOverrides { BuildTime = TempSite.DefaultBuildTime }) { Session = new BuildSession(), Memory = memory };

    /// <summary>The site built in memory is, file for file and folder for folder, what a clean build writes now; its files.</summary>
    private static string[] AssertBuiltAsCleanBuild(TempSite site, BuildResult built, InMemorySite lastSite, InMemorySite builtSite, string when = "")
    {
        var clean = CleanBuild(site);
        Assert.Equal(0, clean.Errors);
        Assert.Equal(Describe(clean.Diagnostics), Describe(built.Diagnostics));
        var cleanFiles = Files(Path.Combine(site.Root, "_clean"));
        Assert.Equal(cleanFiles.Length, builtSite.Count);
        foreach (var file in cleanFiles)
        {
            Assert.True(builtSite.Find(file) is { } found
                && found.ReadAllBytes().AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(site.Root, "_clean", file))),
                $"{file} differs from a clean build's {when}");
        }
        Assert.False(Directory.Exists(site.Destination), "a build into memory wrote the destination folder");
        // Folders as the preview server redirects them (/tags to /tags/): those of the files built, and no other.
        var folders = cleanFiles.SelectMany(FoldersOf).ToHashSet(StringComparer.Ordinal);
        Assert.All(folders, folder => Assert.True(builtSite.IsFolder(folder), folder));
        Assert.All(lastSite.Files.Keys.SelectMany(FoldersOf).Where(folder => !folders.Contains(folder)),
            folder => Assert.False(builtSite.IsFolder(folder), folder));
        Directory.Delete(Path.Combine(site.Root, "_clean"), recursive: true);
        return cleanFiles;
    }

    private static TempSite CorpusCopy()
    {
        var site = new TempSite();
        foreach (var file in Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories))
        {
            site.WithBytes(Path.GetRelativePath(Corpus, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        // A page whose layout reads site data and no other page: it changes with the data file alone.
        return site.With("_data/team.yml", "lead: Ann\n")
            .With("_layouts/team.html", "---\nlayout: default\n---\n<p id=\"lead\">{{ site.data.team.lead }}</p>\n{{ content }}\n")
            .With("team.md", "---\ntitle: Team\nlayout: team\n---\nWho we are.\n")
            // A page whose layout reads nothing of it but its content.
            .With("_layouts/bare.html", "{{ content }}\n")
            .With("bare.md", "---\nlayout: bare\n---\nPlain.\n")
            // The site's own home page, whose body shows another post's title.
            .With("index.md", "---\ntitle: Home\n---\nOldest: {% for post in site.posts %}{% if post.path == \"_posts/2016-02-10-thepaper-40002.md\" %}{{ post.title }}{% endif %}{% endfor %}\n");
    }

    private static BuildResult CleanBuild(TempSite site) =>
        SiteBuilder.Build(new BuildOptions(site.Root, Path.Combine(site.Root, "_clean"),
            new ConfigOverrides { BuildTime = TempSite.DefaultBuildTime })
        { Session = new BuildSession() });

    private static string FirstPost(TempSite site) =>
        Path.GetRelativePath(site.Root, Directory.EnumerateFiles(site.PathOf("_posts")).Order(StringComparer.Ordinal).First()).Replace('\\', '/');

    private static void Append(TempSite site, string relativePath, string text) =>
        File.AppendAllText(site.PathOf(relativePath), text);

    private static void Replace(TempSite site, string relativePath, string oldText, string newText) =>
        File.WriteAllText(site.PathOf(relativePath), File.ReadAllText(site.PathOf(relativePath)).Replace(oldText, newText, StringComparison.Ordinal));

    private static List<string> Texts(InMemorySite built) =>
        [.. built.Files.Values.Where(file => file.Content is not null).Select(file => System.Text.Encoding.UTF8.GetString(file.Content!))];

    private static Dictionary<string, string> Snapshot(TempSite site) =>
        Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => path, path => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), StringComparer.Ordinal);

    private static HashSet<string> ChangedPaths(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(path => !before.TryGetValue(path, out var old) || !after.TryGetValue(path, out var now) || old != now)];

    private static IEnumerable<string> FoldersOf(string file) =>
        file.Split('/').SkipLast(1).Select((_, depth) => string.Join('/', file.Split('/').Take(depth + 1)));

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
