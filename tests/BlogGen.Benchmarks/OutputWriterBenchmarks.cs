using System.Globalization;
using System.Text;

using BenchmarkDotNet.Attributes;

using BlogGen.Output;

namespace BlogGen.Benchmarks;

/// <summary>
/// Writing a site of 1,000 small pages (2 KB, one folder each, as posts are) into a destination that already holds
/// them: unchanged (every file compared, none written) and changed (every file staged and moved into place).
/// </summary>
public class OutputWriterBenchmarks
{
    private const int FileCount = 1_000;

    private string _root = "";
    private string _unchangedDestination = "";
    private string _changedDestination = "";
    private List<OutputFile> _first = [];
    private List<OutputFile> _second = [];
    private int _writes;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "bloggen-benchmarks", Guid.NewGuid().ToString("N"));
        _unchangedDestination = Path.Combine(_root, "unchanged");
        _changedDestination = Path.Combine(_root, "changed");
        _first = Pages("first");
        _second = Pages("second");
        OutputWriter.Write(_unchangedDestination, _first, []);
        OutputWriter.Write(_changedDestination, _first, []);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Description = "OutputWriter.Write (1,000 files, unchanged)")]
    public WriteResult WriteUnchanged() => OutputWriter.Write(_unchangedDestination, _first, []);

    /// <summary>Alternates between two versions of every page, so each call finds all 1,000 files changed.</summary>
    [Benchmark(Description = "OutputWriter.Write (1,000 files, changed)")]
    public WriteResult WriteChanged() => OutputWriter.Write(_changedDestination, ++_writes % 2 == 0 ? _first : _second, []);

    private static List<OutputFile> Pages(string version)
    {
        var filler = string.Concat(Enumerable.Repeat("<p>Lorem ipsum dolor sit amet, 镜像与笔记.</p>\n", 40));
        return [.. Enumerable.Range(0, FileCount).Select(i =>
        {
            var number = i.ToString("D4", CultureInfo.InvariantCulture);
            var html = $"<!doctype html><title>Post {number} ({version})</title>\n{filler}";
            return OutputFile.Rendered($"2025/01/{number}/index.html", Encoding.UTF8.GetBytes(html));
        })];
    }
}
