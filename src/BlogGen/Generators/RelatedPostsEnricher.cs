using BlogGen.Content;

using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary><c>page.related</c> on posts: up to <c>related_posts_limit</c> (default 3) post objects; see <see cref="RelatedPosts"/>.</summary>
/// <param name="inputs">The session's hashes of every post's place and tags.</param>
public sealed class RelatedPostsEnricher(TaxonomyInputs inputs) : IPageEnricher
{
    private readonly RelatedPosts _related = new(inputs);

    public IReadOnlyList<string> Members { get; } = ["related"];

    /// <summary>Every post's place in the list and its tags: a post's related posts can change when any of them does.</summary>
    public UInt128 SiteInputs(SiteSnapshot site) => _related.Inputs(site.Posts);

    public void Enrich(SiteSnapshot site, RenderedDocument document)
    {
        if (document.Document.Kind == DocumentKind.Page)
        {
            return;
        }
        var (limit, _) = RelatedPostsLimit.Read(site.Config);
        var related = new ScriptArray();
        foreach (var post in _related.For(document, site.Posts, limit))
        {
            related.Add(post.Page);
        }
        document.Page["related"] = related;
    }
}
