using BlogGen.Diagnostics;
using BlogGen.Fuzz;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>Runs the fuzzer of tests/BlogGen.Fuzz briefly with a fixed seed, so neither the harness nor the pipeline's robustness can rot.</summary>
public sealed class FuzzSmokeTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "bloggen-tests", "fuzz-" + Guid.NewGuid().ToString("N"));

    private static IReadOnlyList<string> Seeds => [RepositoryFiles.PathOf("_posts"), RepositoryFiles.PathOf("tests", "fixtures")];

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void HundredsOfMutatedPostsBuildWithoutACrashOrAHang()
    {
        var options = new FuzzOptions(TimeSpan.FromMinutes(5), Seed: 7, _output, Seeds) { MaxInputs = 200, BatchSize = 25 };

        var summary = new FuzzSession(options, TextWriter.Null).Run();

        Assert.True(summary.Failures.Count == 0, summary.ToString());
        Assert.Equal(200, summary.InputsTried);
        Assert.Superset(new SortedSet<string> { DiagnosticCodes.FrontMatterNotClosed, DiagnosticCodes.NotUtf8 }, summary.DiagnosticCodes.ToHashSet());
        Assert.False(Directory.Exists(Path.Combine(_output, "site")), "a run that ends deletes its work site");
    }

    [Fact]
    public void TheSameSeedMutatesTheSameWay()
    {
        var seeds = SeedCorpus.Load(Seeds);
        var first = new Mutator(seeds, new Random(3));
        var second = new Mutator(seeds, new Random(3));

        var inputs = Enumerable.Range(0, 200).Select(_ => (first.Next(), second.Next())).ToList();

        Assert.All(inputs, pair => Assert.True(pair.Item1.Bytes.AsSpan().SequenceEqual(pair.Item2.Bytes) && pair.Item1.Extension == pair.Item2.Extension));
        Assert.True(inputs.Count(pair => !seeds.Any(seed => seed.AsSpan().SequenceEqual(pair.Item1.Bytes))) > 190, "nearly every input is mutated");
        Assert.All(inputs, pair => Assert.InRange(pair.Item1.Bytes.Length, 0, Mutator.MaxLength));
    }

    [Fact]
    public void TheWatchdogTellsAHangFromACrashAndAResult()
    {
        var timeout = TimeSpan.FromMilliseconds(200);

        Assert.True(Watchdog.Run(() => { Thread.Sleep(TimeSpan.FromSeconds(30)); return 0; }, timeout).TimedOut);
        Assert.True(Watchdog.Run(() => Spin(TimeSpan.FromSeconds(2)), timeout).TimedOut);
        Assert.IsType<InvalidOperationException>(Watchdog.Run<int>(() => throw new InvalidOperationException("x"), timeout).Exception);
        Assert.Equal(42, Watchdog.Run(() => 42, timeout).Value);
    }

    /// <summary>Busy for a while, then done: a hung thread cannot be stopped, and one spinning forever would slow every later test.</summary>
    private static int Spin(TimeSpan duration)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var turns = 0;
        while (clock.Elapsed < duration)
        {
            turns++;
        }
        return turns;
    }
}
