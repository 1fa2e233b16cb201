using System.Collections;
using System.Collections.Frozen;
using System.Collections.ObjectModel;

using BlogGen.Configuration;
using BlogGen.Content;

using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>The Jekyll-named objects templates see: <c>page</c> for a document, <c>site</c> for the whole site.</summary>
internal static class TemplateModel
{
    /// <summary>
    /// Front matter plus the derived fields; content, excerpt and neighbours are filled in by the build, which then makes
    /// the page read-only. Everything inside (tags, nested front matter) is read-only already.
    /// </summary>
    public static PageObject Page(Document document) => Fill(new PageObject(document.Source.RelativePath), document);

    /// <summary>
    /// Fills <paramref name="page"/> again from a changed <paramref name="document"/> with the same source path, as
    /// <see cref="Page"/> would: pages holding the object (neighbours, related posts) then see the new values.
    /// </summary>
    public static PageObject Refill(PageObject page, Document document)
    {
        page.IsReadOnly = false;
        page.Clear();
        return Fill(page, document);
    }

    private static PageObject Fill(PageObject page, Document document)
    {
        ScriptValues.Fill(page, document.FrontMatter);
        page.FrontMatter = document.FrontMatter;
        // A page without a title has none, as in Jekyll: `if page.title` is false for it in Liquid (an empty string is true).
        page["title"] = document.Kind == DocumentKind.Page && !document.FrontMatter.ContainsKey("title") ? null : document.Title;
        page["url"] = document.Url;
        page["id"] = Id(document.Url);
        page["path"] = document.Source.RelativePath;
        // Jekyll's file members: a page's name and folder URL; a post's or item's name, source path and extension.
        var name = Path.GetFileName(document.Source.RelativePath);
        if (!document.FrontMatter.ContainsKey("name"))
        {
            page["name"] = name;
        }
        if (document.Kind == DocumentKind.Page)
        {
            page["dir"] = document.Url.EndsWith('/') ? document.Url : document.Url[..(document.Url.LastIndexOf('/') + 1)];
        }
        else
        {
            page["relative_path"] = document.Source.RelativePath;
            if (!document.FrontMatter.ContainsKey("ext"))
            {
                page["ext"] = Path.GetExtension(name);
            }
        }
        page["slug"] = document.Slug;
        page["tags"] = ScriptValues.List(document.Tags);
        page["categories"] = ScriptValues.List(document.Categories);
        page["layout"] = document.Layout;
        page["draft"] = document.Kind == DocumentKind.Draft;
        page["collection"] = document.Collection;
        page["content"] = "";
        page["excerpt"] = "";
        if (document.Date is { } date)
        {
            page["date"] = date;
        }
        return page;
    }

    /// <summary>
    /// The <c>site</c> object: config keys, posts (newest first), pages, tags and categories, data. The caller makes it
    /// read-only once it has added what it adds.
    /// </summary>
    /// <param name="tags"><c>site.tags</c>, from <see cref="Groups"/>.</param>
    /// <param name="categories"><c>site.categories</c>, from <see cref="Groups"/>.</param>
    public static SiteObject Site(SiteConfig config, IReadOnlyList<ScriptObject> posts, IReadOnlyList<ScriptObject> pages,
        ScriptObject tags, ScriptObject categories, IReadOnlyDictionary<string, object?> data)
    {
        var site = ScriptValues.Fill(new SiteObject(), config.Values);
        site["title"] = config.Title;
        site["description"] = config.Description;
        site["lang"] = config.Lang;
        // Unset, Jekyll's site.url is nil (`if site.url` is false); given, even as "", it is what was given.
        site["url"] = config.Url.Length > 0 || config.Values.ContainsKey("url") ? config.Url : null;
        site["baseurl"] = config.BaseUrl;
        site["timezone"] = config.TimeZone.Id;
        site["paginate"] = config.Paginate;
        site[RenderDependencies.BuildTimeMember] = TimeZoneInfo.ConvertTime(config.BuildTime, config.TimeZone);
        site["posts"] = ToArray(posts);
        site["pages"] = ToArray(pages);
        site["tags"] = tags;
        site["categories"] = categories;
        site["data"] = ScriptValues.ReadOnly(ScriptValues.FromMap(data));
        return site;
    }

    /// <summary>
    /// Jekyll's collections on <c>site</c>: <c>site.LABEL</c>, each collection's documents (by date, then path);
    /// <c>site.collections</c>, posts and the site's own by label, each with its <c>label</c>, <c>docs</c>, <c>files</c>
    /// (its files without front matter), <c>output</c>, <c>relative_directory</c>, <c>directory</c> and the keys of its
    /// settings; <c>site.documents</c>, every collection's documents and then its files, as Jekyll lists them; and
    /// <c>site.html_pages</c>, the pages written as HTML.
    /// </summary>
    /// <param name="documents">Posts (newest first), then pages and items, as the site's documents are ordered.</param>
    /// <param name="files">The objects of <see cref="StaticFiles"/>: those of a collection are its <c>files</c>.</param>
    public static void AddCollections(SiteObject site, SiteConfig config, IReadOnlyList<Document> documents, Func<Document, ScriptObject> pageOf,
        IReadOnlyList<(StaticFile File, ScriptObject Object)> files)
    {
        var posts = documents.Where(document => document.Collection == "posts").Reverse().Select(pageOf).ToList();
        var collections = new List<(string Label, ScriptObject Collection)> { ("posts", Collection(config, "posts", posts, [], true, null)) };
        var all = new List<ScriptObject>(posts);
        foreach (var settings in config.Collections)
        {
            var docs = documents.Where(document => document.Kind == DocumentKind.Item && document.Collection == settings.Label).Select(pageOf).ToList();
            var own = files.Where(file => file.File.Collection == settings.Label).Select(file => file.Object).ToList();
            site[settings.Label] = ToArray(docs);
            collections.Add((settings.Label, Collection(config, settings.Label, docs, own, settings.Output, settings.Metadata)));
            all.AddRange(docs);
            all.AddRange(own);
        }
        site["collections"] = ToArray(collections.OrderBy(entry => entry.Label, StringComparer.Ordinal).Select(entry => entry.Collection));
        site["documents"] = ToArray(all);
        site["html_pages"] = ToArray(documents
            .Where(document => document.Kind == DocumentKind.Page && document.OutputPath.EndsWith(".html", StringComparison.Ordinal))
            .Select(pageOf));
    }

    private static ScriptObject Collection(SiteConfig config, string label, IReadOnlyList<ScriptObject> docs, IReadOnlyList<ScriptObject> files,
        bool output, IReadOnlyDictionary<string, object?>? metadata)
    {
        var collection = ScriptValues.Fill(new ScriptObject(), metadata ?? new Dictionary<string, object?>(StringComparer.Ordinal));
        collection["label"] = label;
        collection["docs"] = ToArray(docs);
        collection["files"] = ToArray(files);
        collection["output"] = output;
        collection["relative_directory"] = "_" + label;
        collection["directory"] = Path.Combine(config.SourceDirectory, "_" + label);
        return ScriptValues.ReadOnly(collection);
    }

    /// <summary>
    /// Jekyll's <c>site.static_files</c>: each file copied as it is, with its <c>path</c>, <c>name</c>, <c>basename</c>,
    /// <c>extname</c> and <c>modified_time</c> (when the file was last written, in the site's time zone, where Jekyll gives
    /// the machine's unless <c>timezone:</c> is set), and the values of the <c>defaults:</c> whose scope takes it in (a site's
    /// own file has no type; a collection's is of its collection); the site's own first, by path (from the site's root, with a leading slash), then each collection's
    /// files without front matter, in the order of the collections in the configuration, by path (the source path, as
    /// Jekyll gives it, <c>_notes/a.txt</c>), with their <c>collection</c>, whether the collection is written or not.
    /// </summary>
    public static IReadOnlyList<(StaticFile File, ScriptObject Object)> StaticFiles(SiteConfig config, IReadOnlyList<StaticFile> files)
    {
        var order = config.Collections.Select((collection, index) => (collection.Label, index)).ToDictionary(StringComparer.Ordinal);
        return [.. files
            .OrderBy(file => file.Collection is null ? -1 : order.GetValueOrDefault(file.Collection, int.MaxValue))
            .ThenBy(file => file.Collection is null ? file.OutputPath : file.DisplayPath, StringComparer.Ordinal)
            .Select(file => (file, (ScriptObject)ScriptValues.ReadOnly(StaticFileObject(config, file))))];
    }

    private static ScriptObject StaticFileObject(SiteConfig config, StaticFile file)
    {
        var defaults = FrontMatterDefaultsApplier.Apply(config.Defaults, file.DisplayPath, file.Collection is null ? null : DocumentKind.Item,
            FrozenDictionary<string, object?>.Empty);
        // Jekyll's own members win over the defaults' values of the same name.
        var members = ScriptValues.Fill(new ScriptObject(), defaults);
        members["path"] = file.Collection is null ? "/" + file.OutputPath : file.DisplayPath;
        members["name"] = Path.GetFileName(file.OutputPath);
        members["basename"] = Path.GetFileNameWithoutExtension(file.OutputPath);
        members["extname"] = Path.GetExtension(file.OutputPath);
        members["collection"] = file.Collection;
        members["modified_time"] = file.ModifiedUtc is { } written ? TimeZoneInfo.ConvertTime(new DateTimeOffset(written, TimeSpan.Zero), config.TimeZone) : null;
        return members;
    }

    /// <summary>Jekyll's <c>id</c>: the URL without its <c>.html</c> or trailing slash, the same whatever the permalink style.</summary>
    private static string Id(string url) =>
        url.EndsWith(".html", StringComparison.Ordinal) ? url[..^5]
        : url.Length > 1 && url.EndsWith('/') ? url[..^1]
        : url;

    private static ScriptArray ToArray(IEnumerable<ScriptObject> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }
        return ScriptValues.ReadOnly(array);
    }

    /// <summary>
    /// <c>site.tags</c> or <c>site.categories</c>, read-only: each name with its posts, read by name (<c>site.tags.news</c>),
    /// and looped over by name as pairs: <c>{% for tag in site.tags %}{{ tag[0] }} ({{ tag[1].size }}){% endfor %}</c>.
    /// </summary>
    public static ScriptObject Groups(IEnumerable<KeyValuePair<string, object?>> postsByName)
    {
        var result = new LiquidMap();
        foreach (var (name, posts) in postsByName.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            result[name] = posts;
        }
        return ScriptValues.ReadOnly(result);
    }
}
