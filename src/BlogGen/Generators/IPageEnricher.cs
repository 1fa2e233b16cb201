namespace BlogGen.Generators;

/// <summary>
/// Learns one kind of <see cref="PageFacts"/> about a document before layouts run (reading time, table of contents...).
/// Called from several threads at once: it may read any document's <see cref="RenderedDocument"/>, and gives back only
/// the facts of the one it is called on.
/// </summary>
public interface IPageEnricher
{
    /// <summary>
    /// A hash of what <see cref="Enrich"/> reads besides the document itself and the configuration (other posts'
    /// tags, say); zero when nothing. While it stays the same, a build enriches only the documents that changed.
    /// </summary>
    UInt128 SiteInputs(SiteSnapshot site);

    /// <summary><paramref name="facts"/>, with what this enricher learns about <paramref name="document"/>.</summary>
    PageFacts Enrich(SiteSnapshot site, RenderedDocument document, PageFacts facts);
}
