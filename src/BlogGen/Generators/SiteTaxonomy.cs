using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <summary>
/// The tags or categories of the site, grouped once per build: the terms of <c>site.tag_list</c> and the tag pages,
/// and <c>site.tags</c>. A preview rebuild keeps it while no post's place, tags or categories changed.
/// </summary>
/// <param name="Terms">One per page, by name (see <see cref="TaxonomyGrouping"/>).</param>
/// <param name="ByName"><c>site.tags</c> or <c>site.categories</c>: every name as written, in ordinal order, with its posts newest first.</param>
/// <param name="Diagnostics">Names merged or without a page, for the generators to report.</param>
public sealed record SiteTaxonomy(IReadOnlyList<TaxonomyTerm> Terms, IReadOnlyList<KeyValuePair<string, IReadOnlyList<Document>>> ByName,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static SiteTaxonomy Of(IReadOnlyList<Document> postsNewestFirst, TaxonomyKind kind, TaxonomyUrls urls)
    {
        var groups = TaxonomyGrouping.Group(postsNewestFirst, kind, urls);
        return new SiteTaxonomy(groups.Terms, ByNameAsWritten(postsNewestFirst, kind), groups.Diagnostics);
    }

    private static List<KeyValuePair<string, IReadOnlyList<Document>>> ByNameAsWritten(IReadOnlyList<Document> postsNewestFirst, TaxonomyKind kind)
    {
        var groups = new SortedDictionary<string, List<Document>>(StringComparer.Ordinal);
        foreach (var post in postsNewestFirst)
        {
            foreach (var name in kind.NamesOf(post))
            {
                if (!groups.TryGetValue(name, out var list))
                {
                    groups[name] = list = [];
                }
                list.Add(post);
            }
        }
        return [.. groups.Select(group => KeyValuePair.Create(group.Key, (IReadOnlyList<Document>)group.Value))];
    }
}
