using System.Globalization;

using BlogGen.Fuzz;

// Usage: dotnet run -c Release --project tests/BlogGen.Fuzz -- --minutes 10 --seed 1 --out /tmp/fuzz [--seeds PATH]... [--batch 16] [--timeout 10] [--inputs N]
//        dotnet run -c Release --project tests/BlogGen.Fuzz -- --replay /tmp/fuzz/crashes/INPUT.md
var arguments = args.ToList();
var seedPaths = new List<string>();
for (var i = arguments.IndexOf("--seeds"); i >= 0; i = arguments.IndexOf("--seeds"))
{
    seedPaths.Add(arguments[i + 1]);
    arguments.RemoveRange(i, 2);
}
string? Option(string name) => arguments.IndexOf(name) is var i and >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : null;
double Number(string name, double fallback) => Option(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

if (Option("--replay") is { } replay)
{
    // Builds saved inputs (a crashes/ or hangs/ file, or a folder of them) as one batch, to reproduce a failure.
    var inputs = SeedCorpus.Load([replay]).Select(bytes => new FuzzInput(bytes, ".md")).ToList();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var replaySite = Path.Combine(Path.GetTempPath(), "bloggen-fuzz-replay-" + Environment.ProcessId);
    var result = new FuzzSite(replaySite).Build(inputs);
    Directory.Delete(replaySite, recursive: true);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {inputs.Count} input(s) in {clock.Elapsed.TotalSeconds:F1} s"));
    foreach (var diagnostic in result.Diagnostics)
    {
        Console.WriteLine(diagnostic);
    }
    return;
}
if (seedPaths.Count == 0)
{
    var root = RepositoryRoot();
    seedPaths.AddRange([Path.Combine(root, "_posts"), Path.Combine(root, "tests", "fixtures")]);
}
var options = new FuzzOptions(
    TimeSpan.FromMinutes(Number("--minutes", 10)),
    (int)Number("--seed", 1),
    Path.GetFullPath(Option("--out") ?? Path.Combine(Path.GetTempPath(), "bloggen-fuzz")),
    seedPaths)
{
    BatchSize = (int)Number("--batch", 16),
    InputTimeout = TimeSpan.FromSeconds(Number("--timeout", 10)),
    MaxInputs = (long)Number("--inputs", long.MaxValue),
};
Console.WriteLine($"fuzzing for {options.Duration.TotalMinutes} min, seed {options.Seed}, output {options.OutputDirectory}");
var summary = new FuzzSession(options, Console.Out).Run();
Console.WriteLine(summary);
// A hung build's thread would keep the process alive: exit explicitly.
Environment.Exit(summary.Failures.Count == 0 ? 0 : 1);

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BlogGen.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("BlogGen.sln not found above the fuzzer: pass --seeds");
}
