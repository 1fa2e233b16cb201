using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace BlogGen.Benchmarks;

/// <summary>BenchmarkDotNet's defaults plus allocations per call; `--job short` on the command line gives a quick run.</summary>
internal static class BenchmarkSettings
{
    public static IConfig Config { get; } = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
}
