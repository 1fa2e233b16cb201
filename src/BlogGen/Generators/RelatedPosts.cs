namespace BlogGen.Generators;

/// <summary>Posts that share tags with a post: most shared tags first, then newer first; never the post itself.</summary>
public static class RelatedPosts
{
    public const int DefaultLimit = 3;

    /// <param name="posts">Newest first.</param>
    public static IReadOnlyList<RenderedDocument> For(RenderedDocument post, IReadOnlyList<RenderedDocument> posts, int limit)
    {
        var tags = post.Document.Tags.ToHashSet(StringComparer.Ordinal);
        if (tags.Count == 0 || limit == 0)
        {
            return [];
        }
        // OrderByDescending is stable, so posts with as many shared tags keep their newest-first order.
        return [.. posts
            .Where(p => !ReferenceEquals(p.Document, post.Document))
            .Select(p => (Post: p, Shared: p.Document.Tags.Distinct(StringComparer.Ordinal).Count(tags.Contains)))
            .Where(p => p.Shared > 0)
            .OrderByDescending(p => p.Shared)
            .Take(limit)
            .Select(p => p.Post)];
    }
}
