using System.Globalization;
using System.Runtime.CompilerServices;

using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Generators.Seo;

using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>
/// Template objects made from generators' records: tag terms, archive years, paginators, the <c>page</c> of generated
/// pages. A record given again (a generator gives its last pages again while its inputs are the same) gets the objects
/// made for it before, hashed once; documents inside show as their pages of this build, found by source path.
/// Thread-safe. Belongs to one set of page objects: made anew when they are.
/// </summary>
internal sealed class GeneratedObjects(Func<Document, PageObject> pageOf)
{
    private readonly ConditionalWeakTable<object, object> _shared = [];
    private readonly ConditionalWeakTable<GeneratedPage, Made> _pages = [];
    private readonly ConditionalWeakTable<ScriptObject, StrongBox<UInt128>> _hashes = [];

    /// <summary>The objects of a generated page and their hash.</summary>
    /// <param name="CopiedHash">The hash of the document's page it copies, when it copies one: the copy is made again when it changes.</param>
    public sealed record Made((ScriptObject Page, ScriptObject? Paginator) Objects, UInt128 Hash, UInt128 CopiedHash);

    /// <param name="copiedHash">The hash of the page of <see cref="GeneratedPage.Document"/> as it is now; 0 when there is none.</param>
    public Made Of(GeneratedPage item, UInt128 copiedHash)
    {
        if (_pages.TryGetValue(item, out var made) && made.CopiedHash == copiedHash)
        {
            return made;
        }
        var page = PageObjectOf(item);
        var paginator = item.Paginator is { } list ? Paginator(list) : null;
        var hash = new TemplateValueHash(_hashes).AddMembers(page);
        if (paginator is not null)
        {
            hash.AddMembers(paginator);
        }
        made = new Made((page, paginator), hash.Value, copiedHash);
        _pages.AddOrUpdate(item, made);
        return made;
    }

    /// <summary><c>site.tags</c> or <c>site.categories</c>, made once per grouping.</summary>
    public ScriptObject Groups(SiteTaxonomy taxonomy) => (ScriptObject)_shared.GetValue(taxonomy.ByName, _ =>
        TemplateModel.Groups(taxonomy.ByName.Select(group => KeyValuePair.Create(group.Key, (object?)ScriptValues.List(group.Value.Select(pageOf))))));

    /// <summary><c>site.tag_list</c> or <c>site.category_list</c>, made once per grouping.</summary>
    public ScriptArray Terms(SiteTaxonomy taxonomy) => (ScriptArray)From(taxonomy.Terms)!;

    /// <summary><c>page.seo</c>, with jekyll-seo-tag's names.</summary>
    public ScriptObject? Seo(SeoHead? seo) => seo is null ? null : ScriptValues.ReadOnly(new ScriptObject
    {
        ["title"] = seo.Title,
        ["description"] = seo.Description,
        ["canonical_url"] = seo.CanonicalUrl,
        ["image"] = seo.Image,
        ["type"] = seo.Type,
        ["locale"] = seo.Locale,
        ["published_time"] = seo.PublishedTime,
        ["modified_time"] = seo.ModifiedTime,
        ["twitter_card"] = seo.TwitterCard,
        ["json_ld"] = seo.JsonLd,
    });

    /// <summary>A generator's value as templates see it (see <see cref="GeneratedPage.Members"/>).</summary>
    public object? From(object? value) => value switch
    {
        null or string or bool or int or long => value,
        Document document => pageOf(document),
        // Shared by every page that shows it (each page of a tag, the tag list): made once, read-only.
        TaxonomyTerm term => _shared.GetValue(term, _ => Term(term)),
        IReadOnlyList<TaxonomyTerm> terms => _shared.GetValue(terms, _ => Array(terms)),
        ArchiveYear year => Year(year),
        System.Collections.IEnumerable items => Array(items),
        _ => throw new ArgumentException($"a generator gave a {value.GetType().Name}, which templates cannot show", nameof(value)),
    };

    private ScriptObject PageObjectOf(GeneratedPage item)
    {
        ScriptObject page;
        if (item.Document is { } document)
        {
            // A list page made from a document (the paginated home): the document's page, at this page's URL.
            page = (ScriptObject)pageOf(document).Clone(false);
            page.IsReadOnly = false;
            page["url"] = item.Url;
            if (item.ContentForThisPage is { } content)
            {
                page["content"] = content;
            }
            return page;
        }
        // What every page has, so a theme can read page.tags on any page.
        page = new ScriptObject
        {
            ["title"] = item.Title,
            ["url"] = item.Url,
            ["layout"] = item.Layout,
        };
        foreach (var (name, value) in item.Members)
        {
            page[name] = From(value);
        }
        page["tags"] = new ScriptArray();
        page["categories"] = new ScriptArray();
        page["content"] = item.Content;
        page["excerpt"] = "";
        return page;
    }

    private ScriptObject Paginator(Generators.Paginator list) => new()
    {
        ["posts"] = Array(list.Posts),
        ["page"] = list.Number,
        ["per_page"] = list.PerPage,
        ["total_posts"] = list.TotalPosts,
        ["total_pages"] = list.TotalPages,
        ["previous_page"] = list.PreviousUrl is null ? null : list.Number - 1,
        ["next_page"] = list.NextUrl is null ? null : list.Number + 1,
        ["previous_page_path"] = list.PreviousUrl,
        ["next_page_path"] = list.NextUrl,
    };

    /// <summary><c>{name, names, slug, url, count, posts}</c>; <c>url</c> is site-relative without baseurl, like <c>page.url</c>.</summary>
    private ScriptObject Term(TaxonomyTerm term) => ScriptValues.ReadOnly(new ScriptObject
    {
        ["name"] = term.Name,
        ["names"] = Array(term.Names),
        ["slug"] = term.Slug,
        ["url"] = term.Url,
        ["count"] = term.Posts.Count,
        ["posts"] = Array(term.Posts),
    });

    private ScriptObject Year(ArchiveYear year) => new()
    {
        ["year"] = year.Year,
        ["count"] = year.Count,
        ["months"] = Array(year.Months.Select(month => new ScriptObject
        {
            ["year"] = month.Year,
            ["month"] = month.Month,
            ["name"] = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Month),
            ["count"] = month.Posts.Count,
            ["posts"] = Array(month.Posts),
        })),
    };

    private ScriptArray Array(System.Collections.IEnumerable items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item is ScriptObject made ? made : From(item));
        }
        return array;
    }
}
