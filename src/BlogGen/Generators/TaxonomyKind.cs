using BlogGen.Content;
using BlogGen.Hashing;

namespace BlogGen.Generators;

/// <summary>Tags or categories: which names a post carries, where their pages live and what they are called.</summary>
/// <param name="Name">Singular, as in templates and messages: <c>tag</c>, <c>category</c>.</param>
/// <param name="Plural">As in <c>site.tag_list</c>'s siblings and page titles: <c>tags</c>, <c>categories</c>.</param>
public sealed record TaxonomyKind(string Name, string Plural, Func<Document, IReadOnlyList<string>> NamesOf, Func<TaxonomyUrls, string> DirectoryOf)
{
    public static readonly TaxonomyKind Tags = new("tag", "tags", d => d.Tags, u => u.TagDirectory);

    public static readonly TaxonomyKind Categories = new("category", "categories", d => d.Categories, u => u.CategoryDirectory);

    /// <summary>"Tag", "Categories": for page titles.</summary>
    public string Title(bool plural) => char.ToUpperInvariant(Name[0]) + (plural ? Plural : Name)[1..];
}
