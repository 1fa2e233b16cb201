using BenchmarkDotNet.Attributes;

using BlogGen.Markdown;
using BlogGen.Sanitizing;

namespace BlogGen.Benchmarks;

/// <summary>Markdown to HTML with the build's pipeline: a note with two highlighted code blocks, and the seed post.</summary>
public class MarkdownBenchmarks
{
    private MarkdownRenderer _renderer = null!;
    private string _noteBody = "";
    private string _seedBody = "";

    [GlobalSetup]
    public void Setup()
    {
        var site = CorpusSite.Load();
        var sanitizer = new HtmlFragmentSanitizer(SanitizePolicy.Default);
        _renderer = new MarkdownRenderer(sanitizer.IsSafeUrl, sanitizer.IsSafeImageUrl);
        _noteBody = site.Post(RepositoryFiles.MarkdownNote).Body;
        _seedBody = site.SeedPost().Body;
        // The highlighter's grammars load on first use: that is start-up cost, not rendering.
        _renderer.Render(_noteBody);
    }

    [Benchmark(Description = "MarkdownRenderer.Render (note with C# and Python)")]
    public MarkdownResult RenderNote() => _renderer.Render(_noteBody);

    [Benchmark(Description = "MarkdownRenderer.Render (seed)")]
    public MarkdownResult RenderSeed() => _renderer.Render(_seedBody);
}
