using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>kramdown display math, a paragraph that is only <c>$$...$$</c>: written for MathJax as <c>\[...\]</c>.</summary>
internal sealed class MathBlock(string tex) : LeafBlock(null)
{
    public string Tex { get; } = tex;
}
