using BenchmarkDotNet.Attributes;

using BlogGen.Markdown.Highlighting;

namespace BlogGen.Benchmarks;

/// <summary>Highlighting a 40-line block with grammars already loaded, as every block after a build's first one is.</summary>
public class HighlightingBenchmarks
{
    private readonly CodeLanguage _csharp = CodeLanguages.Find("csharp")!;
    private readonly CodeLanguage _python = CodeLanguages.Find("python")!;
    private CodeHighlighter _highlighter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _highlighter = new CodeHighlighter();
        _highlighter.Highlight(CodeSamples.CSharp, _csharp);
        _highlighter.Highlight(CodeSamples.Python, _python);
    }

    [Benchmark(Description = "CodeHighlighter.Highlight (40 lines of C#, warm)")]
    public string HighlightCSharp() => _highlighter.Highlight(CodeSamples.CSharp, _csharp);

    [Benchmark(Description = "CodeHighlighter.Highlight (40 lines of Python, warm)")]
    public string HighlightPython() => _highlighter.Highlight(CodeSamples.Python, _python);
}
