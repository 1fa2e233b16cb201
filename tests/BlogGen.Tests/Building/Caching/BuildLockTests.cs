using BlogGen.Building;
using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building.Caching;

/// <summary>
/// Two builds of one source folder at once: the second waits for the first to let go of the lock, and stops with an
/// error naming the lock when it waited too long, having read and written nothing. The lock is held here as another
/// bloggen process holds it: an exclusive open of the lock file.
/// </summary>
public sealed class BuildLockTests
{
    private static TempSite Site() => new TempSite()
        .With("_config.yml", "title: Locked\nurl: https://example.org\n")
        .With("_posts/2025-01-01-x.md", "---\ntitle: X\n---\nBody.\n");

    private static BuildOptions Options(TempSite site, TimeSpan wait) =>
        new(site.Root, null, new ConfigOverrides { BuildTime = TempSite.DefaultBuildTime }) { WaitForOtherBuild = wait };

    private static FileStream HoldLock(TempSite site)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(BuildLock.PathIn(site.Root))!);
        return new FileStream(BuildLock.PathIn(site.Root), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }

    [Fact]
    public async Task A_build_waits_for_the_other_to_finish_then_builds()
    {
        using var site = Site();
        var held = HoldLock(site);
        var progress = new StagesSeen();

        var build = Task.Run(() => SiteBuilder.Build(Options(site, TimeSpan.FromMinutes(2)), progress));
        SpinWait.SpinUntil(() => progress.Names.Contains("Waiting for another build of this site to finish") || build.IsCompleted, TimeSpan.FromSeconds(30));
        var waitedWithoutWriting = !build.IsCompleted && !Directory.Exists(site.Destination);
        held.Dispose();
        var result = await build;

        Assert.True(waitedWithoutWriting, "the build went on while another held the lock");
        Assert.Equal(0, result.Errors);
        Assert.True(site.HasOutput("2025/01/01/x.html"));
    }

    [Fact]
    public void A_build_that_waited_too_long_stops_with_an_error_having_written_nothing()
    {
        using var site = Site();
        using var held = HoldLock(site);

        var result = SiteBuilder.Build(Options(site, TimeSpan.FromMilliseconds(300)));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.OtherBuildRunning, ".bloggen-cache/build.lock"), (error.Severity, error.Code, error.Path));
        Assert.Contains("after 0.3 seconds of waiting", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Destination));
        Assert.False(File.Exists(BuildCacheFile.PathIn(site.Root)));
    }

    [Fact]
    public void The_lock_is_let_go_when_a_build_ends()
    {
        using var site = Site();

        var first = site.Build();
        using var heldAfter = HoldLock(site);

        Assert.Equal(0, first.Errors);
    }

    private sealed class StagesSeen : IBuildProgress
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _names = new();

        public IEnumerable<string> Names => _names;

        public void Stage(string name, int total) => _names.Enqueue(name);

        public void Advance()
        {
        }
    }
}
