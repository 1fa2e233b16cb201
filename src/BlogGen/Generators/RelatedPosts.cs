using System.Runtime.CompilerServices;

namespace BlogGen.Generators;

/// <summary>Posts that share tags with a post: most shared tags first, then newer first; never the post itself.</summary>
public static class RelatedPosts
{
    public const int DefaultLimit = 3;

    // Built once per post list and shared by every post's lookup: comparing each post with every other is quadratic.
    private static readonly ConditionalWeakTable<IReadOnlyList<RenderedDocument>, TagIndex> Indexes = [];

    /// <param name="posts">Newest first.</param>
    public static IReadOnlyList<RenderedDocument> For(RenderedDocument post, IReadOnlyList<RenderedDocument> posts, int limit)
    {
        if (post.Document.Tags.Count == 0 || limit == 0)
        {
            return [];
        }
        var index = Indexes.GetValue(posts, list => new TagIndex(list));
        var shared = new Dictionary<int, int>();
        foreach (var tag in post.Document.Tags.Distinct(StringComparer.Ordinal))
        {
            foreach (var position in index.PostsWith(tag))
            {
                if (!ReferenceEquals(posts[position].Document, post.Document))
                {
                    shared[position] = shared.GetValueOrDefault(position) + 1;
                }
            }
        }
        return [.. shared
            .OrderByDescending(entry => entry.Value)
            .ThenBy(entry => entry.Key)
            .Take(limit)
            .Select(entry => posts[entry.Key])];
    }

    /// <summary>Tag to the positions of the posts that carry it, in list order.</summary>
    private sealed class TagIndex(IReadOnlyList<RenderedDocument> posts)
    {
        private readonly Dictionary<string, List<int>> _positions = Build(posts);

        public IReadOnlyList<int> PostsWith(string tag) => _positions.TryGetValue(tag, out var list) ? list : [];

        private static Dictionary<string, List<int>> Build(IReadOnlyList<RenderedDocument> posts)
        {
            var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < posts.Count; i++)
            {
                foreach (var tag in posts[i].Document.Tags.Distinct(StringComparer.Ordinal))
                {
                    if (!positions.TryGetValue(tag, out var list))
                    {
                        positions[tag] = list = [];
                    }
                    list.Add(i);
                }
            }
            return positions;
        }
    }
}
