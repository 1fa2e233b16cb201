using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BlogGen.Markdown;

/// <summary>
/// The shape of most of BlogGen's Markdig extensions: one pass over the parsed document once Markdig has parsed it,
/// which may change the document and may leave a result on it for whoever rendered it (the headings found, the URLs
/// removed). The result is filed under the extension's own type, so extensions never read each other's by mistake.
/// An extension that changes how HTML is written instead (highlighting) implements <see cref="IMarkdownExtension"/>.
/// </summary>
internal abstract class DocumentPassExtension : IMarkdownExtension
{
    /// <summary>Registers the pass; an extension with parsers of its own adds them too.</summary>
    public virtual void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Run;
        pipeline.DocumentProcessed += Run;
    }

    /// <summary>Nothing to do; an extension with blocks of its own adds their renderers.</summary>
    public virtual void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>What the pass leaves on the document; null for nothing.</summary>
    protected abstract object? Process(MarkdownDocument document);

    /// <summary>What the pass of <typeparamref name="TExtension"/> left on <paramref name="document"/>, if anything.</summary>
    protected static object? ResultOf<TExtension>(MarkdownDocument document)
        where TExtension : DocumentPassExtension => document.GetData(typeof(TExtension));

    private void Run(MarkdownDocument document)
    {
        if (Process(document) is { } result)
        {
            document.SetData(GetType(), result);
        }
    }
}
