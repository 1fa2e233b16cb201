using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Gives kramdown sites kramdown's emphasis (<see cref="KramdownEmphasisParser"/>): Markdig's emphasis parser keeps only
/// the marks it has besides <c>*</c> and <c>_</c> (<c>~~</c>), and runs first, so a strikethrough is made before the
/// emphasis in and around it.
/// </summary>
internal sealed class KramdownEmphasisExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<KramdownEmphasisParser>())
        {
            return;
        }
        var parser = new KramdownEmphasisParser();
        if (pipeline.InlineParsers.FindExact<EmphasisInlineParser>() is not { } markdig)
        {
            pipeline.InlineParsers.Add(parser);
            return;
        }
        markdig.EmphasisDescriptors.RemoveAll(descriptor => descriptor.Character is '*' or '_');
        pipeline.InlineParsers.InsertAfter<EmphasisInlineParser>(parser);
        if (markdig.EmphasisDescriptors.Count == 0)
        {
            // With no marks left it would be asked about every character.
            pipeline.InlineParsers.Remove(markdig);
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
