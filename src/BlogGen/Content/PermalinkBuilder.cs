using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace BlogGen.Content;

/// <summary>Fills a permalink pattern's <c>:placeholders</c>; unknown ones stay as written, as in Jekyll.</summary>
public static class PermalinkBuilder
{
    private static readonly ImmutableArray<string> ShortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    /// <summary>
    /// Characters that end or change a URL path ('#' a fragment, '?' a query, '%' an escape, ':' refused as a drive
    /// letter), or that Windows refuses in a folder name ('&lt;', '&gt;', '"', '|', '*'): a category holding HTML or
    /// quotes must still make a folder every system can write.
    /// </summary>
    private static readonly SearchValues<char> NotInCategoryFolders = SearchValues.Create("#?%:<>\"|*");

    public static string Build(string pattern, IReadOnlyDictionary<string, string> placeholders)
    {
        var result = new StringBuilder(pattern.Length + 32);
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == ':' && TryMatchPlaceholder(pattern, i + 1, placeholders, out var name))
            {
                result.Append(placeholders[name]);
                i += 1 + name.Length;
            }
            else
            {
                result.Append(pattern[i]);
                i++;
            }
        }
        return result.ToString();
    }

    /// <summary>The placeholders of a post: dates in the site time zone, title and slug, lower-cased categories.</summary>
    public static Dictionary<string, string> PostPlaceholders(DateTimeOffset siteDate, string title, string slug,
        IReadOnlyList<string> categories, string outputExtension)
    {
        var invariant = CultureInfo.InvariantCulture;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["year"] = siteDate.Year.ToString("D4", invariant),
            ["short_year"] = (siteDate.Year % 100).ToString("D2", invariant),
            ["month"] = siteDate.Month.ToString("D2", invariant),
            ["i_month"] = siteDate.Month.ToString(invariant),
            ["short_month"] = siteDate.ToString("MMM", invariant),
            ["long_month"] = siteDate.ToString("MMMM", invariant),
            ["day"] = siteDate.Day.ToString("D2", invariant),
            ["i_day"] = siteDate.Day.ToString(invariant),
            ["y_day"] = siteDate.DayOfYear.ToString("D3", invariant),
            ["hour"] = siteDate.Hour.ToString("D2", invariant),
            ["minute"] = siteDate.Minute.ToString("D2", invariant),
            ["second"] = siteDate.Second.ToString("D2", invariant),
            ["week"] = ISOWeek.GetWeekOfYear(siteDate.DateTime).ToString("D2", invariant),
            ["short_day"] = ShortDays[(int)siteDate.DayOfWeek],
            ["long_day"] = siteDate.DayOfWeek.ToString(),
            ["title"] = title,
            ["slug"] = slug,
            ["categories"] = string.Join('/', categories.Select(CategoryFolder).Distinct(StringComparer.Ordinal)),
            ["output_ext"] = outputExtension,
        };
    }

    /// <summary>A category as one URL folder: those characters count as spaces, so <c>C#</c> is <c>c</c>, <c>C: Notes</c> is <c>c-notes</c> and <c>&lt;b&gt;x&lt;/b&gt;</c> is <c>b-x--b</c>.</summary>
    private static string CategoryFolder(string category) =>
        Slugifier.Slugify(category.AsSpan().IndexOfAny(NotInCategoryFolders) < 0 ? category : string.Concat(category.Select(c => NotInCategoryFolders.Contains(c) ? ' ' : c)), SlugMode.Raw);

    /// <summary>The placeholders of a page: its folder, its name, its output extension.</summary>
    public static Dictionary<string, string> PagePlaceholders(string folder, string baseName, string outputExtension) =>
        new(StringComparer.Ordinal)
        {
            ["path"] = folder,
            ["basename"] = baseName,
            ["title"] = baseName,
            ["slug"] = baseName,
            ["output_ext"] = outputExtension,
        };

    /// <summary>Longest placeholder name first, so <c>:short_year</c> is not read as <c>:short</c>.</summary>
    private static bool TryMatchPlaceholder(string pattern, int start, IReadOnlyDictionary<string, string> placeholders, out string name)
    {
        var end = start;
        while (end < pattern.Length && (char.IsAsciiLetterLower(pattern[end]) || pattern[end] == '_'))
        {
            end++;
        }
        for (var length = end - start; length > 0; length--)
        {
            var candidate = pattern.Substring(start, length);
            if (placeholders.ContainsKey(candidate))
            {
                name = candidate;
                return true;
            }
        }
        name = "";
        return false;
    }
}
