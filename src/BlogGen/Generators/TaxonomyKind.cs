using System.Runtime.CompilerServices;

using BlogGen.Content;
using BlogGen.Hashing;
using BlogGen.Templating;

namespace BlogGen.Generators;

/// <summary>Tags or categories: which names a post carries, where their pages live and what they are called.</summary>
/// <param name="Name">Singular, as in templates and messages: <c>tag</c>, <c>category</c>.</param>
/// <param name="Plural">As in <c>site.tag_list</c>'s siblings and page titles: <c>tags</c>, <c>categories</c>.</param>
public sealed record TaxonomyKind(string Name, string Plural, Func<Document, IReadOnlyList<string>> NamesOf, Func<TaxonomyUrls, string> DirectoryOf)
{
    public static readonly TaxonomyKind Tags = new("tag", "tags", d => d.Tags, u => u.TagDirectory);

    public static readonly TaxonomyKind Categories = new("category", "categories", d => d.Categories, u => u.CategoryDirectory);

    // The posts each kind was last asked about, with their hash: a rebuild after an edit compares the few documents that
    // are not the objects of last time, rather than hashing every post's names again.
    private static readonly ConditionalWeakTable<TaxonomyKind, LastValue<Document[], UInt128>> LastInputs = [];

    /// <summary>A hash of each post's source path and names of this kind, in order: all that grouping the posts depends on.</summary>
    public UInt128 InputsOf(IEnumerable<Document> postsInOrder) =>
        LastInputs.GetValue(this, kind => new LastValue<Document[], UInt128>(kind.SameInputs)).For([.. postsInOrder], Hash);

    private bool SameInputs(Document[] last, Document[] current)
    {
        if (last.Length != current.Length)
        {
            return false;
        }
        for (var i = 0; i < last.Length; i++)
        {
            if (!ReferenceEquals(last[i], current[i])
                && (last[i].Source.RelativePath != current[i].Source.RelativePath || !NamesOf(last[i]).SequenceEqual(NamesOf(current[i]), StringComparer.Ordinal)))
            {
                return false;
            }
        }
        return true;
    }

    private UInt128 Hash(Document[] postsInOrder)
    {
        var hash = new ContentHash();
        foreach (var post in postsInOrder)
        {
            var names = NamesOf(post);
            hash.Add(post.Source.RelativePath).Add((long)names.Count);
            foreach (var name in names)
            {
                hash.Add(name);
            }
        }
        return hash.Value;
    }

    /// <summary>"Tag", "Categories": for page titles.</summary>
    public string Title(bool plural) => char.ToUpperInvariant(Name[0]) + (plural ? Plural : Name)[1..];
}
