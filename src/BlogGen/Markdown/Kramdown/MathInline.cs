using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>kramdown math, <c>$$...$$</c> within text: written for MathJax as <c>\(...\)</c>.</summary>
internal sealed class MathInline(string tex) : LeafInline
{
    public string Tex { get; } = tex;
}
