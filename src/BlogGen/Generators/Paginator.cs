using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>jekyll-paginate's <c>paginator</c>: one page of a paginated list of posts, and where its neighbours are.</summary>
/// <param name="Number">1-based.</param>
/// <param name="TotalPosts">The posts of the whole list.</param>
/// <param name="Posts">The posts this page shows, in list order.</param>
/// <param name="Url">Site-relative URL without baseurl.</param>
public sealed record Paginator(int Number, int TotalPages, int PerPage, int TotalPosts, IReadOnlyList<Document> Posts,
    string Url, string? PreviousUrl, string? NextUrl);
