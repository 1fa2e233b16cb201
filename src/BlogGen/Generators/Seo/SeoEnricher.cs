using System.Text.Json.Nodes;

using BlogGen.Content;

namespace BlogGen.Generators.Seo;

/// <summary>
/// <c>page.seo</c>: what jekyll-seo-tag computes for the head (title, description, canonical URL, image, OpenGraph type,
/// dates, Twitter card, JSON-LD). The theme's head include prints it.
/// </summary>
public sealed class SeoEnricher : IPageEnricher
{
    public UInt128 SiteInputs(SiteSnapshot site) => UInt128.Zero;

    public PageFacts Enrich(SiteSnapshot site, RenderedDocument document, PageFacts facts)
    {
        var config = site.Config;
        var doc = document.Document;
        var isHome = doc.Url == "/";
        var isArticle = doc.Kind != DocumentKind.Page && doc.Date is not null;
        var title = doc.Title.Length > 0 && !isHome ? doc.Title : config.Title;
        var description = SeoDescription.From(document, config.Description);
        var canonical = Absolute(site, doc.FrontMatter.GetValueOrDefault("canonical_url") as string ?? doc.Url);
        var image = Image(doc.FrontMatter.GetValueOrDefault("image")) is { } path ? Absolute(site, path) : "";
        var modified = DocumentDates.LastModified(doc, config.TimeZone);
        var jsonLd = JsonLd.Serialize(isArticle
            ? BlogPosting(site, document, title, description, canonical, image, modified)
            : isHome ? WebSite(site, description, canonical) : WebPage(title, description, canonical));
        return facts with
        {
            Seo = new SeoHead(title, description, canonical, image,
                Type: isArticle ? "article" : "website",
                Locale: config.Lang.Replace('-', '_'),
                PublishedTime: isArticle ? W3cDate.Format(doc.Date!.Value) : "",
                ModifiedTime: isArticle && modified is { } m ? W3cDate.Format(m) : "",
                TwitterCard: image.Length > 0 ? "summary_large_image" : "summary",
                jsonLd),
        };
    }

    private static JsonObject BlogPosting(SiteSnapshot site, RenderedDocument document, string title, string description,
        string url, string image, DateTimeOffset? modified)
    {
        var doc = document.Document;
        var author = PersonName.From(doc.FrontMatter.GetValueOrDefault("author"))
            ?? PersonName.From(site.Config.Values.GetValueOrDefault("author"));
        return new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "BlogPosting" }
            .With("headline", title)
            .With("description", description)
            .With("datePublished", W3cDate.Format(doc.Date!.Value))
            .With("dateModified", W3cDate.Format(modified ?? doc.Date!.Value))
            .With("author", author is null ? null : new JsonObject { ["@type"] = "Person", ["name"] = author.Name }.With("url", author.Uri))
            .With("publisher", Publisher(site))
            .With("image", image)
            .With("mainEntityOfPage", new JsonObject { ["@type"] = "WebPage", ["@id"] = url })
            .With("url", url);
    }

    private static JsonObject WebSite(SiteSnapshot site, string description, string url) =>
        new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "WebSite" }
            .With("name", site.Config.Title)
            .With("headline", site.Config.Title)
            .With("description", description)
            .With("publisher", Publisher(site))
            .With("url", url);

    private static JsonObject WebPage(string title, string description, string url) =>
        new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "WebPage" }
            .With("headline", title)
            .With("description", description)
            .With("url", url);

    /// <summary>The site as an organization: its title, and its <c>logo</c> when configured.</summary>
    private static JsonObject? Publisher(SiteSnapshot site)
    {
        if (site.Config.Title.Length == 0)
        {
            return null;
        }
        var logo = site.Config.Values.GetValueOrDefault("logo") as string;
        return new JsonObject { ["@type"] = "Organization", ["name"] = site.Config.Title }
            .With("logo", string.IsNullOrWhiteSpace(logo) ? null : new JsonObject { ["@type"] = "ImageObject", ["url"] = Absolute(site, logo) });
    }

    /// <summary>jekyll-seo-tag accepts <c>image: /path.png</c> or <c>image: {path: /path.png}</c>.</summary>
    private static string? Image(object? value) => value switch
    {
        string path when path.Trim().Length > 0 => path.Trim(),
        IReadOnlyDictionary<string, object?> map when map.GetValueOrDefault("path") is string path && path.Trim().Length > 0 => path.Trim(),
        _ => null,
    };

    private static string Absolute(SiteSnapshot site, string path) => site.Urls.Absolute(path);
}
