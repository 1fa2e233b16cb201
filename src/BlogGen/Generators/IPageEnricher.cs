namespace BlogGen.Generators;

/// <summary>
/// Adds fields to one document's <c>page</c> object before layouts run (reading time, table of contents...).
/// Called from several threads at once: it may read any document's <see cref="RenderedDocument.Document"/> and HTML,
/// but reads and writes only its own page object.
/// </summary>
public interface IPageEnricher
{
    /// <summary>The page members it sets. Liquid in bodies, which runs before enrichers, does not see them.</summary>
    IReadOnlyList<string> Members { get; }

    /// <summary>
    /// A hash of what <see cref="Enrich"/> reads besides the document itself and the configuration (other posts'
    /// tags, say); zero when nothing. While it stays the same, a build enriches only the documents that changed.
    /// </summary>
    UInt128 SiteInputs(SiteSnapshot site);

    void Enrich(SiteSnapshot site, RenderedDocument document);
}
