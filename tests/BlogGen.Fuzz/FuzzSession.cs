using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace BlogGen.Fuzz;

/// <summary>
/// Builds batches of mutated posts until the time or input budget is spent. A batch that crashes or hangs is built
/// again one input at a time to find the culprit, which is saved under <c>crashes/</c> or <c>hangs/</c>.
/// </summary>
public sealed class FuzzSession(FuzzOptions options, TextWriter log)
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(30);

    private readonly List<FuzzFailure> _failures = [];
    private readonly SortedSet<string> _codes = new(StringComparer.Ordinal);
    private FuzzSite? _site;
    private TimeSpan _slowestBatch;

    private string SitePath => Path.Combine(options.OutputDirectory, "site");

    private int Hangs => _failures.Count(f => f.Kind == FuzzFailureKind.Hang);

    public FuzzSummary Run()
    {
        var seeds = SeedCorpus.Load(options.SeedPaths);
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException("no seed posts found in: " + string.Join(", ", options.SeedPaths));
        }
        var mutator = new Mutator(seeds, new Random(options.Seed));
        Directory.CreateDirectory(options.OutputDirectory);
        KeepTheSiteOfADeadRun();
        _site = new FuzzSite(SitePath);

        var clock = Stopwatch.StartNew();
        var nextReport = ReportEvery;
        long tried = 0;
        while (clock.Elapsed < options.Duration && tried < options.MaxInputs && Hangs < options.MaxHangs)
        {
            var batch = Enumerable.Range(0, (int)Math.Min(options.BatchSize, options.MaxInputs - tried)).Select(_ => mutator.Next()).ToList();
            var site = _site;
            // A batch may use twice one input's budget: normal builds take a fraction of it, so only a slow input goes past.
            var result = Watchdog.Run(() => site.Build(batch), options.InputTimeout * 2);
            tried += batch.Count;
            if (result.Value is { } build)
            {
                _codes.UnionWith(build.Diagnostics.Select(d => d.Code));
                if (result.ProcessorTime > _slowestBatch)
                {
                    _slowestBatch = result.ProcessorTime;
                    SaveSlowestBatch(batch);
                }
            }
            else
            {
                if (result.TimedOut)
                {
                    RetireHungSite();
                }
                Isolate(batch, result.Exception);
            }
            if (clock.Elapsed >= nextReport)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{clock.Elapsed.TotalSeconds,5:F0} s] {tried} inputs, {tried / clock.Elapsed.TotalSeconds:F1}/s, {_failures.Count - Hangs} crashes, {Hangs} hangs"));
                nextReport = clock.Elapsed + ReportEvery;
            }
        }
        var elapsed = clock.Elapsed;
        if (Hangs == 0)
        {
            Directory.Delete(SitePath, recursive: true);
        }
        return new FuzzSummary(tried, elapsed, _failures, [.. _codes], _slowestBatch);
    }

    /// <summary>Builds each input alone; when none fails alone, the whole batch is saved as one failure.</summary>
    private void Isolate(IReadOnlyList<FuzzInput> batch, Exception? batchException)
    {
        var found = false;
        foreach (var input in batch)
        {
            if (Hangs >= options.MaxHangs)
            {
                return;
            }
            var site = _site!;
            var result = Watchdog.Run(() => site.Build([input]), options.InputTimeout);
            if (result.TimedOut)
            {
                RetireHungSite();
                Save(FuzzFailureKind.Hang, [input], string.Create(CultureInfo.InvariantCulture, $"no result after {options.InputTimeout.TotalSeconds:F0} s"));
                found = true;
            }
            else if (result.Exception is { } exception)
            {
                Save(FuzzFailureKind.Crash, [input], exception.ToString());
                found = true;
            }
        }
        if (!found)
        {
            Save(batchException is null ? FuzzFailureKind.Hang : FuzzFailureKind.Crash, batch,
                "fails only with the other inputs of its batch: " + (batchException?.ToString() ?? "no result in time"));
        }
    }

    private void Save(FuzzFailureKind kind, IReadOnlyList<FuzzInput> inputs, string description)
    {
        var folder = Path.Combine(options.OutputDirectory, kind == FuzzFailureKind.Crash ? "crashes" : "hangs");
        Directory.CreateDirectory(folder);
        var names = inputs.Select(input => Convert.ToHexStringLower(SHA256.HashData(input.Bytes))[..12] + input.Extension).ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, names[i]), inputs[i].Bytes);
        }
        var savedAs = Path.Combine(folder, names[0] + (inputs.Count > 1 ? $" (and {inputs.Count - 1} more)" : ""));
        File.WriteAllText(Path.Combine(folder, names[0] + ".txt"), string.Join('\n', names) + "\n\n" + description + "\n");
        var firstLine = description.Split('\n')[0].Trim();
        _failures.Add(new FuzzFailure(kind, savedAs, firstLine));
        log.WriteLine($"{kind.ToString().ToLowerInvariant()}: {savedAs}: {firstLine}");
    }

    /// <summary>Kept under <c>slowest/</c> to look for inputs that are slow without hanging.</summary>
    private void SaveSlowestBatch(IReadOnlyList<FuzzInput> batch)
    {
        var folder = Path.Combine(options.OutputDirectory, "slowest");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        for (var i = 0; i < batch.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"input-{i}{batch[i].Extension}"), batch[i].Bytes);
        }
    }

    /// <summary>A hung build still runs in its site: it is moved aside, and later builds get a fresh one.</summary>
    private void RetireHungSite()
    {
        Directory.Move(SitePath, Path.Combine(options.OutputDirectory, $"hung-site-{Hangs + 1}-{Environment.TickCount64}"));
        _site = new FuzzSite(SitePath);
    }

    /// <summary>A run ends by deleting its site; one left behind is from a process that died mid-build, with the batch that killed it.</summary>
    private void KeepTheSiteOfADeadRun()
    {
        if (!Directory.Exists(SitePath))
        {
            return;
        }
        var kept = Path.Combine(options.OutputDirectory, $"died-{DateTime.UtcNow:yyyyMMddHHmmss}");
        Directory.Move(SitePath, kept);
        log.WriteLine($"a previous run died while building the posts now in {Path.Combine(kept, "_posts")}: build them to reproduce");
    }
}
