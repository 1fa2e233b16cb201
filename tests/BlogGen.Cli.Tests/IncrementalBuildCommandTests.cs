namespace BlogGen.Cli.Tests;

/// <summary>`bloggen build` keeps its cache in .bloggen-cache/ between runs and says what it reused.</summary>
public sealed class IncrementalBuildCommandTests
{
    [Fact]
    public void A_second_build_reuses_the_first_one_s_work_and_writes_nothing()
    {
        var site = BloggenProcess.CopyFixture("corpus-60");
        // Tests that build the fixture where it lies leave a cache in it; this test starts without one.
        if (Directory.Exists(Path.Combine(site, ".bloggen-cache")))
        {
            Directory.Delete(Path.Combine(site, ".bloggen-cache"), recursive: true);
        }

        var first = BloggenProcess.Run(site, null, "build");
        var second = BloggenProcess.Run(site, null, "build");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Reused from the cache: 0 bodies, 0 pages", first.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, ".bloggen-cache", "build.bin")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Files written: 0", second.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Reused from the cache: 6\d bodies, [1-9]\d+ pages", second.Stdout);
    }
}
