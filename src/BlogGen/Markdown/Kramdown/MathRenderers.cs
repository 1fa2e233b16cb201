using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BlogGen.Markdown.Kramdown;

/// <summary>Math as kramdown writes it for MathJax: <c>\(...\)</c> in text, <c>\[...\]</c> on its own, the TeX escaped as text.</summary>
internal static class MathRenderers
{
    public sealed class Inline : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math) =>
            renderer.Write("\\(").WriteEscape(math.Tex).Write("\\)");
    }

    public sealed class Block : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock math)
        {
            renderer.EnsureLine();
            renderer.Write("\\[").WriteEscape(math.Tex).Write("\\]").WriteLine();
        }
    }
}
