namespace BlogGen.Cli.Tests;

/// <summary>`bloggen build` keeps its cache in .bloggen-cache/ between runs and says what it reused.</summary>
public sealed class IncrementalBuildCommandTests
{
    [Fact]
    public void A_second_build_finds_nothing_changed_and_one_after_a_save_reuses_every_body_and_page()
    {
        var site = BloggenProcess.CopyFixture("corpus-60");
        // Tests that build the fixture where it lies leave a cache in it; this test starts without one.
        if (Directory.Exists(Path.Combine(site, ".bloggen-cache")))
        {
            Directory.Delete(Path.Combine(site, ".bloggen-cache"), recursive: true);
        }

        // Saved long before the builds, as a writer's files are: a build right after a save never finds nothing changed.
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc));
        }
        var post = Directory.EnumerateFiles(Path.Combine(site, "_posts")).Order(StringComparer.Ordinal).First();

        var first = BloggenProcess.Run(site, null, "build");
        var second = BloggenProcess.Run(site, null, "build");
        File.SetLastWriteTimeUtc(post, new DateTime(2025, 6, 2, 8, 0, 0, DateTimeKind.Utc));
        var afterSaveWithoutEdit = BloggenProcess.Run(site, null, "build");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Reused from the cache: 0 bodies, 0 pages", first.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, ".bloggen-cache", "build.bin")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Files written: 0", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("Reused from the cache: everything: nothing changed since the last build", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, afterSaveWithoutEdit.ExitCode);
        Assert.Contains("Files written: 0", afterSaveWithoutEdit.Stdout, StringComparison.Ordinal);
        // Every body, and every page whose recorded reads can be checked again (195 of this site's pages).
        Assert.Contains("Reused from the cache: 61 bodies, 195 pages", afterSaveWithoutEdit.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// The proof that the cache never changes what is built: a build that reuses the last process's cache after an edit
    /// writes, byte for byte, what a build in a fresh process with no cache writes from a copy of the same source.
    /// </summary>
    [Fact]
    public void A_build_from_the_cache_after_an_edit_writes_what_a_fresh_process_without_a_cache_writes()
    {
        var site = BloggenProcess.CopyFixture("corpus-60");
        var fixedTime = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1767225600" };
        Assert.Equal(0, BloggenProcess.Run(site, fixedTime, "build").ExitCode);
        var post = Directory.EnumerateFiles(Path.Combine(site, "_posts")).Order(StringComparer.Ordinal).First();
        File.AppendAllText(post, "\n\nA closing paragraph added after the first build.\n");
        var text = File.ReadAllText(post);
        var title = text.IndexOf("\ntitle:", StringComparison.Ordinal) + 1;
        File.WriteAllText(post, text[..title] + "title: Edited —" + text[(title + "title:".Length)..]);

        var incremental = BloggenProcess.Run(site, fixedTime, "build");
        var fresh = CopyWithoutCache(site);
        var clean = BloggenProcess.Run(fresh, fixedTime, "build");

        Assert.Equal(0, incremental.ExitCode);
        Assert.Equal(0, clean.ExitCode);
        // All bodies but the edited one, and the pages that do not show its title or text.
        Assert.Contains("Reused from the cache: 60 bodies, 187 pages", incremental.Stdout, StringComparison.Ordinal);
        Assert.Contains("Reused from the cache: 0 bodies, 0 pages", clean.Stdout, StringComparison.Ordinal);
        Assert.Empty(OutputSnapshot.Differences(OutputSnapshot.Take(Path.Combine(fresh, "_site")), OutputSnapshot.Take(Path.Combine(site, "_site"))));
    }

    /// <summary>
    /// A cache file damaged in any way, or written by another version, is named in the summary with the reason, and the
    /// build then writes exactly what a fresh process with no cache writes.
    /// </summary>
    [Theory]
    [InlineData("build.bin", "one byte changed", "it was changed after it was written (its checksum does not match)")]
    [InlineData("build.bin", "another version", "it was written by another version of BlogGen")]
    [InlineData("build.bin", "cut short", "it is cut short")]
    [InlineData("search.bin", "one byte changed", "it was changed after it was written (its checksum does not match)")]
    [InlineData("search.bin", "emptied", "it is cut short")]
    public void A_damaged_cache_file_is_named_with_the_reason_and_the_build_is_a_clean_one(string file, string damage, string reason)
    {
        var site = BloggenProcess.CopyFixture("corpus-60");
        var fixedTime = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1767225600" };
        Assert.Equal(0, BloggenProcess.Run(site, fixedTime, "build").ExitCode);
        var path = Path.Combine(site, ".bloggen-cache", file);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "one byte changed" => [.. bytes[..^100], (byte)~bytes[^100], .. bytes[^99..]],
            "another version" => [.. BitConverter.GetBytes(999), .. bytes[4..]],
            "cut short" => bytes[..(bytes.Length / 2)],
            _ => [],
        });
        var post = Directory.EnumerateFiles(Path.Combine(site, "_posts")).Order(StringComparer.Ordinal).First();
        File.AppendAllText(post, "\n\nA closing paragraph added after the first build.\n");

        var damaged = BloggenProcess.Run(site, fixedTime, "build");
        var fresh = CopyWithoutCache(site);
        var clean = BloggenProcess.Run(fresh, fixedTime, "build");

        Assert.Equal(0, damaged.ExitCode);
        Assert.Contains($"Cache: .bloggen-cache/{file} was not used: {reason}, so what it held was made again", damaged.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Cache: ", clean.Stdout, StringComparison.Ordinal);
        Assert.Empty(OutputSnapshot.Differences(OutputSnapshot.Take(Path.Combine(fresh, "_site")), OutputSnapshot.Take(Path.Combine(site, "_site"))));
    }

    private static string CopyWithoutCache(string site)
    {
        var copy = site + "-fresh";
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site, file).Replace('\\', '/');
            if (relative.StartsWith(".bloggen-cache/", StringComparison.Ordinal) || relative.StartsWith("_site/", StringComparison.Ordinal))
            {
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, relative))!);
            File.Copy(file, Path.Combine(copy, relative));
        }
        return copy;
    }
}
