using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary><c>page.related</c> on posts: up to <c>related_posts_limit</c> (default 3) posts; see <see cref="RelatedPosts"/>.</summary>
/// <param name="inputs">The session's hashes of every post's place and tags.</param>
public sealed class RelatedPostsEnricher(TaxonomyInputs inputs) : IPageEnricher
{
    private readonly RelatedPosts _related = new(inputs);

    /// <summary>Every post's place in the list and its tags: a post's related posts can change when any of them does.</summary>
    public UInt128 SiteInputs(SiteSnapshot site) => _related.Inputs(site.Posts);

    public PageFacts Enrich(SiteSnapshot site, RenderedDocument document, PageFacts facts)
    {
        if (document.Document.Kind is not (DocumentKind.Post or DocumentKind.Draft))
        {
            return facts;
        }
        var (limit, _) = RelatedPostsLimit.Read(site.Config);
        return facts with { Related = [.. _related.For(document, site.Posts, limit).Select(post => post.Document)] };
    }
}
