using System.Globalization;

namespace BlogGen.Markdown.HeadingIds;

/// <summary>
/// Hands out ids unique within one document: a repeated slug gets <c>-1</c>, <c>-2</c>... as on GitHub,
/// skipping any suffixed form an earlier heading already took by its own text.
/// </summary>
internal sealed class UniqueHeadingIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <param name="exact">The writer chose this id: it is kept even if taken (a duplicate the writer wrote).</param>
    public string Claim(string slug, bool exact = false)
    {
        if (exact)
        {
            _taken.Add(slug);
            return slug;
        }
        var id = slug;
        for (var suffix = 1; !_taken.Add(id); suffix++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{suffix}");
        }

        return id;
    }
}
