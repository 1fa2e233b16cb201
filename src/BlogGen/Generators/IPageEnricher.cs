namespace BlogGen.Generators;

/// <summary>
/// Adds fields to one document's <c>page</c> object before layouts run (reading time, table of contents...).
/// Called for every document, one at a time; it may read any document but writes only its own page.
/// </summary>
public interface IPageEnricher
{
    void Enrich(SiteSnapshot site, RenderedDocument document);
}
