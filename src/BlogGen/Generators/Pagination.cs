using System.Globalization;

using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>jekyll-paginate's scheme: page 1 at the list's own URL, page N at <c>paginate_path</c> with <c>:num</c> = N.</summary>
public static class Pagination
{
    /// <summary>The pages of <paramref name="posts"/>, <paramref name="perPage"/> each; one empty page when there are none.</summary>
    public static IReadOnlyList<Paginator> Paginate(IReadOnlyList<Document> posts, int perPage, string firstUrl, string paginatePath)
    {
        var totalPages = Math.Max(1, (posts.Count + perPage - 1) / perPage);
        var urls = Enumerable.Range(1, totalPages).Select(n => UrlOf(n, firstUrl, paginatePath)).ToArray();
        return [.. Enumerable.Range(1, totalPages).Select(n => new Paginator(
            n, totalPages, perPage, posts.Count,
            Posts: [.. posts.Skip((n - 1) * perPage).Take(perPage)],
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
