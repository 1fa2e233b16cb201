using BlogGen.Content;
using BlogGen.Hashing;

namespace BlogGen.Generators;

/// <summary>
/// A hash of each post's source path and names of one kind (tags or categories), in order: all that grouping the posts
/// depends on. The posts each kind was last asked about are remembered with their hash, so a rebuild after an edit
/// compares the few documents that are not the objects of last time, rather than hashing every post's names again.
/// </summary>
public sealed class TaxonomyInputs
{
    private readonly LastValue<Document[], UInt128> _tags = new((last, current) => Same(TaxonomyKind.Tags, last, current));
    private readonly LastValue<Document[], UInt128> _categories = new((last, current) => Same(TaxonomyKind.Categories, last, current));

    public UInt128 Of(TaxonomyKind kind, IEnumerable<Document> postsInOrder) =>
        (kind == TaxonomyKind.Tags ? _tags : _categories).For([.. postsInOrder], posts => Hash(kind, posts));

    private static bool Same(TaxonomyKind kind, Document[] last, Document[] current)
    {
        if (last.Length != current.Length)
        {
            return false;
        }
        for (var i = 0; i < last.Length; i++)
        {
            if (!ReferenceEquals(last[i], current[i])
                && (last[i].Source.RelativePath != current[i].Source.RelativePath
                    || !kind.NamesOf(last[i]).SequenceEqual(kind.NamesOf(current[i]), StringComparer.Ordinal)))
            {
                return false;
            }
        }
        return true;
    }

    private static UInt128 Hash(TaxonomyKind kind, Document[] postsInOrder)
    {
        var hash = new ContentHash();
        foreach (var post in postsInOrder)
        {
            var names = kind.NamesOf(post);
            hash.Add(post.Source.RelativePath).Add((long)names.Count);
            foreach (var name in names)
            {
                hash.Add(name);
            }
        }
        return hash.Value;
    }
}
