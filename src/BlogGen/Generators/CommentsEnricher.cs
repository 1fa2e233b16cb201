using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>
/// <c>page.comments_embed</c>: the provider's embed script on a post with <c>comments: true</c> when the site
/// configures comments (<see cref="CommentsSettings"/>), else null, so the layout can print it raw.
/// </summary>
public sealed class CommentsEnricher : IPageEnricher
{
    public UInt128 SiteInputs(SiteSnapshot site) => UInt128.Zero;

    public PageFacts Enrich(SiteSnapshot site, RenderedDocument document, PageFacts facts)
    {
        var wanted = document.Document.Kind != DocumentKind.Page && document.Document.FrontMatter.GetValueOrDefault("comments") is true;
        return facts with
        {
            CommentsEmbed = wanted && CommentsSettings.Read(site.Config).Settings is { } settings ? CommentsEmbed.Html(settings) : null,
        };
    }
}
