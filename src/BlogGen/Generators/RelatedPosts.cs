using System.Runtime.CompilerServices;

namespace BlogGen.Generators;

/// <summary>Posts that share tags with a post: most shared tags first, then newer first; never the post itself.</summary>
public static class RelatedPosts
{
    public const int DefaultLimit = 3;

    // Built once per post list and shared by every post's lookup: comparing each post with every other is quadratic.
    private static readonly ConditionalWeakTable<IReadOnlyList<RenderedDocument>, TagIndex> Indexes = [];

    // The index of the last list, kept for the next build: while no post's place or tags changed, it still holds.
    private static TagIndex? s_lastIndex;

    // Shared-tag counts by post position, zero between calls, and the positions counted; one per thread, as
    // enrichers run in parallel.
    [ThreadStatic]
    private static int[]? t_counts;

    [ThreadStatic]
    private static List<int>? t_touched;

    /// <param name="posts">Newest first.</param>
    public static IReadOnlyList<RenderedDocument> For(RenderedDocument post, IReadOnlyList<RenderedDocument> posts, int limit)
    {
        if (post.Document.Tags.Count == 0 || limit == 0)
        {
            return [];
        }
        var index = IndexOf(posts);
        var counts = t_counts is { } scratch && scratch.Length >= posts.Count ? scratch : t_counts = new int[posts.Count];
        var touched = t_touched ??= [];
        touched.Clear();
        foreach (var tag in post.Document.Tags.Distinct(StringComparer.Ordinal))
        {
            foreach (var position in index.PostsWith(tag))
            {
                if (!ReferenceEquals(posts[position].Document, post.Document) && counts[position]++ == 0)
                {
                    touched.Add(position);
                }
            }
        }
        var best = new List<int>(limit + 1);
        foreach (var position in touched)
        {
            var at = best.Count;
            while (at > 0 && (counts[position] > counts[best[at - 1]] || counts[position] == counts[best[at - 1]] && position < best[at - 1]))
            {
                at--;
            }
            if (at < limit)
            {
                best.Insert(at, position);
                if (best.Count > limit)
                {
                    best.RemoveAt(limit);
                }
            }
        }
        foreach (var position in touched)
        {
            counts[position] = 0;
        }
        return [.. best.Select(position => posts[position])];
    }

    /// <summary>A hash of each post's source path and tags, in list order: everything rankings depend on.</summary>
    public static UInt128 Inputs(IReadOnlyList<RenderedDocument> posts) => IndexOf(posts).Inputs;

    private static TagIndex IndexOf(IReadOnlyList<RenderedDocument> posts) => Indexes.GetValue(posts, list =>
    {
        var inputs = TaxonomyKind.Tags.InputsOf(list.Select(post => post.Document));
        return s_lastIndex is { } last && last.Inputs == inputs ? last : s_lastIndex = new TagIndex(list, inputs);
    });

    /// <summary>Tag to the positions of the posts that carry it, in list order.</summary>
    private sealed class TagIndex(IReadOnlyList<RenderedDocument> posts, UInt128 inputs)
    {
        private readonly Dictionary<string, List<int>> _positions = Build(posts);

        public UInt128 Inputs { get; } = inputs;

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
