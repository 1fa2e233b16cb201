namespace BlogGen.Generators;

/// <summary>
/// Adds fields to one document's <c>page</c> object before layouts run (reading time, table of contents...).
/// Called for every document, from several threads at once: it may read any document's <see cref="RenderedDocument.Document"/>
/// and HTML, but reads and writes only its own page object.
/// </summary>
public interface IPageEnricher
{
    void Enrich(SiteSnapshot site, RenderedDocument document);
}
