using System.Diagnostics;
using System.Globalization;

using Xunit.Abstractions;

namespace BlogGen.Cli.Tests;

/// <summary><c>kill -9</c> at any moment of a build: every file stays wholly old or wholly new, and the next build
/// finishes what the killed one started. SIGTERM and SIGINT, which a build can answer, leave the whole site old or new.</summary>
public sealed class KilledBuildTests(ITestOutputHelper output)
{
    private const string StoppedAfterCommit = "stopped once the commit was done";
    private const int Posts = 300;
    private const string Marker = OutputSnapshot.StagingFolder + "/" + MarkerName;
    private const string Finished = "finished before the kill";
    private const string KilledWhileStaging = "killed while staging";
    private const string KilledDuringCommit = "killed during the commit";
    private const int CommitTries = 10;
    private const string MarkerName = "COMMIT";

    /// <summary>When to send the signal: once <paramref name="Ready"/> holds for the build started at the given time,
    /// after a further <paramref name="Delay"/>. A null <paramref name="Ready"/> waits for the commit marker, told by the
    /// file system as it appears: it can be gone again before a look at the disk every millisecond sees it.</summary>
    private sealed record Kill(string Name, Func<string, DateTime, bool>? Ready, TimeSpan Delay);

    [Theory]
    [InlineData("KILL")]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void ABuildKilledAtAnyMomentLeavesEveryFileWholeAndTheNextBuildFinishesIt(string signal)
    {
        using var site = new VersionedSite(paragraphs: 30);
        var work = NewFolder();
        var clean = new[] { NewFolder(), NewFolder() };
        try
        {
            // Version 2 changes every post, drops ten and adds ten: files change, go away and appear.
            var snapshots = new[] { 1, 2 }.Select(version =>
            {
                WriteVersion(site, version);
                Assert.Equal(0, Build(site, clean[version - 1]));
                return OutputSnapshot.Take(clean[version - 1]);
            }).ToArray();
            WriteVersion(site, 1);
            var (toStaging, writing) = TimedBuild(site, work);
            output.WriteLine($"A full write of version 1: {Ms(toStaging)} ms until staging appears, then {Ms(writing)} ms writing.");

            var outcomes = new List<string>();
            var commitHit = signal == "KILL" ? KilledDuringCommit : StoppedAfterCommit;
            // The version the destination holds, or will once the next build finishes an interrupted commit:
            // each build goes to the other one, so that it always has every post to write.
            var committed = 1;
            var version = 1;
            foreach (var kill in Plan(toStaging, writing))
            {
                // A commit can be over in a few milliseconds, and a loaded machine may let the kill come after the
                // build ended: a kill aimed at the commit is tried again until it lands there.
                for (var attempt = 1; ; attempt++)
                {
                    version = 3 - committed;
                    WriteVersion(site, version);
                    var outcome = KillDuringBuild(site, work, kill, signal);
                    var actual = OutputSnapshot.Take(work);
                    AssertEveryFileIsWholeOldOrNew(actual, snapshots);
                    var isNew = OutputSnapshot.Differences(snapshots[version - 1], actual).Count == 0;
                    if (signal != "KILL")
                    {
                        // A signal the build answers never lands in the commit: the site is the old one or the new one.
                        Assert.NotEqual(KilledDuringCommit, outcome);
                        var old = OutputSnapshot.Differences(snapshots[committed - 1], actual).Count == 0;
                        Assert.True(old || isNew, $"{kill.Name}: the site is neither wholly version {committed} nor wholly version {version}");
                        outcome = isNew && outcome != Finished ? StoppedAfterCommit : outcome;
                    }
                    outcomes.Add(outcome);
                    output.WriteLine($"{kill.Name} (building version {version}, try {attempt}): {outcome}");
                    if (isNew || outcome == KilledDuringCommit)
                    {
                        committed = version;
                    }
                    if (kill.Ready is not null || outcome == commitHit || attempt == CommitTries)
                    {
                        break;
                    }
                }
            }

            Assert.Equal(0, Build(site, work));
            Assert.False(Directory.Exists(Path.Combine(work, OutputSnapshot.StagingFolder)));
            Assert.Empty(OutputSnapshot.Differences(snapshots[version - 1], OutputSnapshot.Take(work)));
            // The sweep is only worth something if it hit both windows: staging being written, and the commit.
            Assert.Contains(KilledWhileStaging, outcomes);
            Assert.Contains(commitHit, outcomes);
        }
        finally
        {
            foreach (var folder in clean.Append(work))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static IEnumerable<Kill> Plan(TimeSpan toStaging, TimeSpan writing)
    {
        static bool Started(string destination, DateTime start) => true;
        static bool Staging(string destination, DateTime start) => Fresh(Path.Combine(destination, OutputSnapshot.StagingFolder), start);

        yield return new Kill("while starting", Started, TimeSpan.FromMilliseconds(150));
        yield return new Kill("while rendering", Started, toStaging * 0.6);
        yield return new Kill("as staging appears", Staging, TimeSpan.Zero);
        foreach (var share in new[] { 0.2, 0.5, 0.8 })
        {
            yield return new Kill($"{share:P0} into writing", Staging, writing * share);
        }
        yield return new Kill("as the commit marker appears", null, TimeSpan.Zero);
        yield return new Kill("1 ms after the commit marker", null, TimeSpan.FromMilliseconds(1));
    }

    /// <summary>Made after the build started: a folder left by the previous kill does not count.</summary>
    private static bool Fresh(string path, DateTime start) =>
        Path.Exists(path) && File.GetLastWriteTimeUtc(path) >= start;

    private static void WriteVersion(VersionedSite site, int version) => site.WriteVersion(version, version == 1 ? 0 : 10, Posts);

    private static void AssertEveryFileIsWholeOldOrNew(SortedDictionary<string, byte[]> actual, SortedDictionary<string, byte[]>[] versions)
    {
        foreach (var (path, bytes) in actual)
        {
            Assert.True(versions.Any(v => v.TryGetValue(path, out var whole) && whole.AsSpan().SequenceEqual(bytes)),
                $"{path} is neither wholly version 1 nor wholly version 2 ({bytes.Length} bytes)");
        }
        var missing = versions[0].Keys.Intersect(versions[1].Keys, StringComparer.Ordinal).Where(path => !actual.ContainsKey(path)).ToList();
        Assert.True(missing.Count == 0, $"missing, though both versions have them: {string.Join(", ", missing)}");
    }

    private static string KillDuringBuild(VersionedSite site, string destination, Kill kill, string signal)
    {
        var start = DateTime.UtcNow.AddMilliseconds(-5);
        using var marker = kill.Ready is null ? new CommitMarkerWatch(destination) : null;
        using var process = Start(site, destination);
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && !(marker?.Appeared.Wait(1) ?? kill.Ready!(destination, start)))
        {
            if (marker is null)
            {
                Poll();
            }
        }
        var ready = clock.Elapsed;
        while (!process.HasExited && clock.Elapsed - ready < kill.Delay)
        {
            Poll();
        }
        if (process.HasExited)
        {
            process.WaitForExit();
            return process.ExitCode == 0 ? Finished : $"failed with exit code {process.ExitCode}";
        }
        if (signal == "KILL")
        {
            process.Kill(); // SIGKILL on Unix: no handler, no finally block runs
        }
        else
        {
            BloggenProcess.Signal(process, signal);
        }
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), $"bloggen build did not stop on SIG{signal}");
        process.WaitForExit();
        if (signal != "KILL" && process.ExitCode == 0)
        {
            return Finished;
        }
        return (Directory.Exists(Path.Combine(destination, OutputSnapshot.StagingFolder)), File.Exists(Path.Combine(destination, Marker))) switch
        {
            (false, _) => "killed with no staging folder",
            (true, false) => KilledWhileStaging,
            (true, true) => KilledDuringCommit,
        };
    }

    /// <summary>A normal build, timed: how long until the staging folder appears, and how long writing takes from there.</summary>
    private static (TimeSpan ToStaging, TimeSpan Writing) TimedBuild(VersionedSite site, string destination)
    {
        var start = DateTime.UtcNow.AddMilliseconds(-5);
        using var process = Start(site, destination);
        var clock = Stopwatch.StartNew();
        var staging = TimeSpan.Zero;
        while (!process.HasExited)
        {
            if (staging == TimeSpan.Zero && Fresh(Path.Combine(destination, OutputSnapshot.StagingFolder), start))
            {
                staging = clock.Elapsed;
            }
            Poll();
        }
        var end = clock.Elapsed;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.NotEqual(TimeSpan.Zero, staging);
        return (staging, end - staging);
    }

    private static int Build(VersionedSite site, string destination)
    {
        using var process = Start(site, destination);
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "bloggen build did not finish in two minutes");
        process.WaitForExit();
        return process.ExitCode;
    }

    private static Process Start(VersionedSite site, string destination)
    {
        var start = BloggenProcess.StartInfo(["build", "--quiet", "--source", site.Root, "--destination", destination]);
        start.Environment["SOURCE_DATE_EPOCH"] = BloggenProcess.FixedBuildTime;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Tells when the commit marker appears in the destination's staging folder (inotify on Linux: no event is missed).</summary>
    private sealed class CommitMarkerWatch : IDisposable
    {
        private readonly FileSystemWatcher _watcher;

        public CommitMarkerWatch(string destination)
        {
            Directory.CreateDirectory(destination);
            _watcher = new FileSystemWatcher(destination) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName };
            _watcher.Created += (_, e) => Note(e.FullPath);
            _watcher.Renamed += (_, e) => Note(e.FullPath);
            _watcher.EnableRaisingEvents = true;
        }

        public ManualResetEventSlim Appeared { get; } = new();

        /// <summary>The event is left to the garbage collector: a callback still under way may set it after this.</summary>
        public void Dispose() => _watcher.Dispose();

        private void Note(string path)
        {
            if (Path.GetFileName(path) == MarkerName && Path.GetFileName(Path.GetDirectoryName(path)) == OutputSnapshot.StagingFolder)
            {
                Appeared.Set();
            }
        }
    }

    /// <summary>A millisecond between looks, not a busy loop: on a small machine that would slow the build it watches.</summary>
    private static void Poll() => Thread.Sleep(1);

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    private static string Ms(TimeSpan span) => span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
