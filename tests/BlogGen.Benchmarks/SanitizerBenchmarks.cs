using BenchmarkDotNet.Attributes;

using BlogGen.Markdown;
using BlogGen.Sanitizing;

namespace BlogGen.Benchmarks;

/// <summary>The default policy applied to the seed post's HTML, as Markdown hands it to the sanitizer.</summary>
public class SanitizerBenchmarks
{
    private HtmlFragmentSanitizer _sanitizer = null!;
    private string _seedHtml = "";

    [GlobalSetup]
    public void Setup()
    {
        _sanitizer = new HtmlFragmentSanitizer(SanitizePolicy.Default);
        var renderer = new MarkdownRenderer(_sanitizer.IsSafeUrl, _sanitizer.IsSafeImageUrl);
        _seedHtml = renderer.Render(CorpusSite.Load().SeedPost().Body).Html;
    }

    [Benchmark(Description = "HtmlFragmentSanitizer.Sanitize (seed HTML)")]
    public SanitizeResult SanitizeSeed() => _sanitizer.Sanitize(_seedHtml);
}
