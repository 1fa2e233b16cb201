using BlogGen.Configuration;
using BlogGen.Content;

using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>The Jekyll-named objects templates see: <c>page</c> for a document, <c>site</c> for the whole site.</summary>
public static class TemplateModel
{
    /// <summary>Front matter plus the derived fields; content, excerpt and neighbours are filled in by the build.</summary>
    public static ScriptObject Page(Document document)
    {
        var page = ScriptValues.FromMap(document.FrontMatter);
        page["title"] = document.Title;
        page["url"] = document.Url;
        page["id"] = document.Url.EndsWith(".html", StringComparison.Ordinal) ? document.Url[..^5] : document.Url;
        page["path"] = document.Source.RelativePath;
        page["slug"] = document.Slug;
        page["tags"] = ScriptValues.Strings(document.Tags);
        page["categories"] = ScriptValues.Strings(document.Categories);
        page["layout"] = document.Layout;
        page["draft"] = document.Kind == DocumentKind.Draft;
        page["collection"] = document.Kind == DocumentKind.Page ? null : "posts";
        page["content"] = "";
        page["excerpt"] = "";
        if (document.Date is { } date)
        {
            page["date"] = date;
        }
        return page;
    }

    public static ScriptObject Site(SiteConfig config, IReadOnlyList<ScriptObject> posts, IReadOnlyList<ScriptObject> pages,
        IReadOnlyDictionary<string, object?> data)
    {
        var site = ScriptValues.FromMap(config.Values);
        site["title"] = config.Title;
        site["description"] = config.Description;
        site["lang"] = config.Lang;
        site["url"] = config.Url;
        site["baseurl"] = config.BaseUrl;
        site["timezone"] = config.TimeZone.Id;
        site["paginate"] = config.Paginate;
        site["time"] = TimeZoneInfo.ConvertTime(config.BuildTime, config.TimeZone);
        site["posts"] = ToArray(posts);
        site["pages"] = ToArray(pages);
        site["tags"] = GroupBy(posts, "tags");
        site["categories"] = GroupBy(posts, "categories");
        site["data"] = ScriptValues.FromMap(data);
        return site;
    }

    private static ScriptArray ToArray(IEnumerable<ScriptObject> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }
        return array;
    }

    /// <summary>Name to posts, names in ordinal order, posts in site order (newest first).</summary>
    private static ScriptObject GroupBy(IReadOnlyList<ScriptObject> posts, string field)
    {
        var groups = new SortedDictionary<string, ScriptArray>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            if (post[field] is not ScriptArray names)
            {
                continue;
            }
            foreach (var name in names.OfType<string>())
            {
                if (!groups.TryGetValue(name, out var list))
                {
                    groups[name] = list = [];
                }
                list.Add(post);
            }
        }
        var result = new ScriptObject();
        foreach (var (name, list) in groups)
        {
            result[name] = list;
        }
        return result;
    }
}
