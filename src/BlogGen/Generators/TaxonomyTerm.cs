using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>One tag or category page: every name that slugs to <see cref="Slug"/>, and their posts newest first.</summary>
/// <param name="Name">The name shown: the first of <see cref="Names"/>.</param>
/// <param name="Names">Every spelling used by posts, ordinal order (<c>C#</c> and <c>c</c> share the slug <c>c</c>).</param>
/// <param name="Url">Site-relative, without baseurl.</param>
public sealed record TaxonomyTerm(string Name, IReadOnlyList<string> Names, string Slug, string Url, IReadOnlyList<Document> Posts);
