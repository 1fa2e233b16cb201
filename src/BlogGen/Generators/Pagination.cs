using System.Globalization;

namespace BlogGen.Generators;

/// <summary>jekyll-paginate's scheme: page 1 at the list's own URL, page N at <c>paginate_path</c> with <c>:num</c> = N.</summary>
public static class Pagination
{
    public static IReadOnlyList<PaginatorPage> Paginate(int totalItems, int perPage, string firstUrl, string paginatePath)
    {
        var totalPages = Math.Max(1, (totalItems + perPage - 1) / perPage);
        var urls = Enumerable.Range(1, totalPages).Select(n => UrlOf(n, firstUrl, paginatePath)).ToArray();
        return [.. Enumerable.Range(1, totalPages).Select(n => new PaginatorPage(
            n, totalPages, perPage, totalItems,
            First: (n - 1) * perPage,
            Count: Math.Min(perPage, totalItems - (n - 1) * perPage),
            Url: urls[n - 1],
            PreviousUrl: n > 1 ? urls[n - 2] : null,
            NextUrl: n < totalPages ? urls[n] : null))];
    }

    private static string UrlOf(int number, string firstUrl, string paginatePath)
    {
        if (number == 1)
        {
            return firstUrl;
        }
        var path = paginatePath.Replace(":num", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        path = "/" + path.TrimStart('/');
        return path.EndsWith('/') || Path.HasExtension(path) ? path : path + "/";
    }
}
