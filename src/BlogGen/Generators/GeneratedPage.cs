using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>A page a generator adds, rendered through <see cref="Layout"/> like any other; its body is <c>Page["content"]</c>.</summary>
/// <param name="Url">Site-relative, without baseurl.</param>
/// <param name="Origin">What asked for it, named in diagnostics: a source file or "(tag pages)".</param>
public sealed record GeneratedPage(string Url, string? Layout, ScriptObject Page, ScriptObject? Paginator, string Origin)
{
    /// <summary>
    /// The <c>page</c> object of a page no file holds, with what every page has (so a theme can read
    /// <c>page.tags</c> on any page): title, URL, layout, the generator's own <paramref name="members"/>, no tags or
    /// categories, its content and no excerpt.
    /// </summary>
    public static ScriptObject NewPageObject(string title, string url, string layout, string content = "", params ReadOnlySpan<(string Name, object? Value)> members)
    {
        var page = new ScriptObject
        {
            ["title"] = title,
            ["url"] = url,
            ["layout"] = layout,
        };
        foreach (var (name, value) in members)
        {
            page[name] = value;
        }
        page["tags"] = new ScriptArray();
        page["categories"] = new ScriptArray();
        page["content"] = content;
        page["excerpt"] = "";
        return page;
    }
}
