namespace BlogGen.Generators;

/// <summary>One page of a paginated list: which items it shows and where its neighbours are.</summary>
/// <param name="Number">1-based.</param>
/// <param name="Url">Site-relative URL without baseurl.</param>
public sealed record PaginatorPage(int Number, int TotalPages, int PerPage, int TotalItems, int First, int Count,
    string Url, string? PreviousUrl, string? NextUrl);
