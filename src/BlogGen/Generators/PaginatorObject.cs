using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>jekyll-paginate's <c>paginator</c> template object for one page of a list.</summary>
public static class PaginatorObject
{
    public static ScriptObject For(PaginatorPage slice, IReadOnlyList<ScriptObject> items)
    {
        var pageItems = new ScriptArray();
        for (var i = slice.First; i < slice.First + slice.Count; i++)
        {
            pageItems.Add(items[i]);
        }
        return new ScriptObject
        {
            ["posts"] = pageItems,
            ["page"] = slice.Number,
            ["per_page"] = slice.PerPage,
            ["total_posts"] = slice.TotalItems,
            ["total_pages"] = slice.TotalPages,
            ["previous_page"] = slice.PreviousUrl is null ? null : slice.Number - 1,
            ["next_page"] = slice.NextUrl is null ? null : slice.Number + 1,
            ["previous_page_path"] = slice.PreviousUrl,
            ["next_page_path"] = slice.NextUrl,
        };
    }
}
