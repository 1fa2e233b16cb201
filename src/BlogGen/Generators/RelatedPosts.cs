using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace BlogGen.Generators;

/// <summary>
/// Posts that share tags with a post: most shared tags first, then newer first; never the post itself. One instance
/// serves one build session: it keeps the tag index of the last post list for the next build.
/// </summary>
/// <param name="inputs">The session's hashes of every post's place and tags, which tell whether the last index still holds.</param>
public sealed class RelatedPosts(TaxonomyInputs inputs)
{
    public const int DefaultLimit = 3;

    // Built once per post list and shared by every post's lookup: comparing each post with every other is quadratic.
    private readonly ConditionalWeakTable<IReadOnlyList<RenderedDocument>, TagIndex> _indexes = [];

    // The index of the last list, kept for the next build: while no post's place or tags changed, it still holds.
    private TagIndex? _lastIndex;

    // Shared-tag counts by post position, all zero between calls: enrichers run in parallel, so each call takes one of
    // its own and gives it back zeroed, and clearing only the positions it counted keeps the whole ranking linear.
    private readonly ConcurrentBag<int[]> _counts = [];

    /// <param name="posts">Newest first.</param>
    public IReadOnlyList<RenderedDocument> For(RenderedDocument post, IReadOnlyList<RenderedDocument> posts, int limit)
    {
        if (post.Document.Tags.Count == 0 || limit == 0)
        {
            return [];
        }
        var index = IndexOf(posts);
        if (!_counts.TryTake(out var counts) || counts.Length < posts.Count)
        {
            counts = new int[posts.Count];
        }
        var touched = new List<int>();
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
        _counts.Add(counts);
        return [.. best.Select(position => posts[position])];
    }

    /// <summary>A hash of each post's source path and tags, in list order: everything rankings depend on.</summary>
    public UInt128 Inputs(IReadOnlyList<RenderedDocument> posts) => IndexOf(posts).Inputs;

    private TagIndex IndexOf(IReadOnlyList<RenderedDocument> posts) => _indexes.GetValue(posts, list =>
    {
        var hash = inputs.Of(TaxonomyKind.Tags, list.Select(post => post.Document));
        return _lastIndex is { } last && last.Inputs == hash ? last : _lastIndex = new TagIndex(list, hash);
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
