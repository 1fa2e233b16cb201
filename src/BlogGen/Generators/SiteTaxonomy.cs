using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>
/// The tags or categories of the site, grouped once per build, as templates see them: the term objects of
/// <c>site.tag_list</c> and the tag pages, and <c>site.tags</c>. Holds page objects, not documents, so that a
/// preview rebuild can keep it while no post's place, tags or categories changed.
/// </summary>
/// <param name="Terms">One object per page, by name (see <see cref="TaxonomyObjects.Term"/>).</param>
/// <param name="ByName"><c>site.tags</c> or <c>site.categories</c>: every name as written, with its posts.</param>
/// <param name="Diagnostics">Names merged or without a page, for the generators to report.</param>
public sealed record SiteTaxonomy(IReadOnlyList<ScriptObject> Terms, ScriptObject ByName, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static SiteTaxonomy Of(IReadOnlyList<Document> postsNewestFirst, TaxonomyKind kind, TaxonomyUrls urls, Func<Document, ScriptObject> pageOf)
    {
        var groups = TaxonomyGrouping.Group(postsNewestFirst, kind, urls);
        return new SiteTaxonomy([.. groups.Terms.Select(term => TaxonomyObjects.Term(term, pageOf))],
            TemplateModel.GroupByName([.. postsNewestFirst.Select(pageOf)], kind.Plural), groups.Diagnostics);
    }

    /// <summary><c>site.tag_list</c>, <c>site.category_list</c>: every term object, by name.</summary>
    public ScriptArray ToList()
    {
        var list = new ScriptArray(Terms.Count);
        foreach (var term in Terms)
        {
            list.Add(term);
        }
        return list;
    }
}
