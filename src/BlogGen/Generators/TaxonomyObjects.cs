using BlogGen.Content;

using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>Tags and categories as templates see them: <c>site.tag_list</c>, <c>site.category_list</c>, <c>page.term</c>.</summary>
public static class TaxonomyObjects
{
    private static ScriptObject AsReadOnly(this ScriptObject value)
    {
        value.IsReadOnly = true;
        return value;
    }

    /// <summary><c>{name, names, slug, url, count, posts}</c>; <c>url</c> is site-relative without baseurl, like <c>page.url</c>.</summary>
    public static ScriptObject Term(TaxonomyTerm term, Func<Document, ScriptObject> pageOf)
    {
        var posts = new ScriptArray();
        foreach (var post in term.Posts)
        {
            posts.Add(pageOf(post));
        }
        var names = new ScriptArray();
        foreach (var name in term.Names)
        {
            names.Add(name);
        }
        // Shared by every page that renders in parallel: a template assigning to it must not change it for the others.
        return new ScriptObject
        {
            ["name"] = term.Name,
            ["names"] = names,
            ["slug"] = term.Slug,
            ["url"] = term.Url,
            ["count"] = term.Posts.Count,
            ["posts"] = posts,
        }.AsReadOnly();
    }
}
