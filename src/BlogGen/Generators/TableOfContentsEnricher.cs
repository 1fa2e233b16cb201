namespace BlogGen.Generators;

/// <summary>
/// <c>page.toc</c>: the table of contents HTML when front matter has <c>toc: true</c> and the body has headings,
/// else null, so a layout can print it raw: whatever front matter put under <c>toc</c> never reaches the page.
/// </summary>
public sealed class TableOfContentsEnricher : IPageEnricher
{
    public UInt128 SiteInputs(SiteSnapshot site) => UInt128.Zero;

    public PageFacts Enrich(SiteSnapshot site, RenderedDocument document, PageFacts facts) => facts with
    {
        TableOfContents = document.Document.FrontMatter.GetValueOrDefault("toc") is true ? TableOfContents.Html(document.Headings) : null,
    };
}
