using System.Text;
using System.Xml;

using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org schema) as jekyll-sitemap writes it: the home page, every HTML page and every post,
/// except those with <c>sitemap: false</c>, redirects and the 404 page.
/// </summary>
public sealed class SitemapGenerator : ISiteGenerator
{
    public const string SitemapPath = "/sitemap.xml";

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // A document keeps its object from build to build of a session while its file is unchanged: its entry is made once.
    private readonly ObjectMemo<Document, (string Root, TimeZoneInfo Zone), (string Loc, string? LastModified)> _entries = new();

    private readonly LastValue<IReadOnlyList<(string Loc, string? LastModified)>, byte[]> _lastSitemap = new((last, current) => last.SequenceEqual(current));

    public GeneratorResult Generate(SiteSnapshot site)
    {
        if (!site.Features.Sitemap || SiteOwnFiles.Provides(site, UrlPath.ToOutputPath(SitemapPath)))
        {
            return new GeneratorResult([], [], [], []);
        }
        var zone = site.Config.TimeZone;
        var root = site.Urls.Absolute("/");
        var index = site.Pages.FirstOrDefault(p => p.Document.Url == "/");
        var entries = new List<(string Loc, string? LastModified)>();
        if (index is null || Listed(index.Document))
        {
            var newestPost = site.Posts.Count > 0 ? DocumentDates.LastModified(site.Posts[0].Document, zone) : null;
            entries.Add(Entry(site, "/", index is null ? newestPost : DocumentDates.LastModified(index.Document, zone) ?? newestPost));
        }
        entries.AddRange(site.Pages
            .Where(p => p.Document.Url != "/" && Listed(p.Document))
            .OrderBy(p => p.Document.Url, StringComparer.Ordinal)
            .Select(p => EntryOf(site, p.Document, root)));
        entries.AddRange(site.Posts.Concat(site.Items)
            .Where(p => Listed(p.Document))
            .Select(p => EntryOf(site, p.Document, root)));
        return new GeneratorResult([], [new GeneratedFile(UrlPath.ToOutputPath(SitemapPath), _lastSitemap.For(entries, Write))], [], []);
    }

    /// <summary>A document's entry, made once per document under one site root and time zone.</summary>
    private (string Loc, string? LastModified) EntryOf(SiteSnapshot site, Document document, string root) =>
        _entries.For(document, (root, site.Config.TimeZone), d => Entry(site, d.Url, DocumentDates.LastModified(d, site.Config.TimeZone)));

    private static (string Loc, string? LastModified) Entry(SiteSnapshot site, string url, DateTimeOffset? lastModified) =>
        (site.Urls.Absolute(url), lastModified is { } date ? W3cDate.Format(date) : null);

    /// <summary>Only HTML pages belong in a sitemap: not feeds or stylesheets with front matter, not redirects, not the 404 page.</summary>
    private static bool Listed(Document document) =>
        document.OutputPath.EndsWith(".html", StringComparison.Ordinal)
        && !(document.FrontMatter.GetValueOrDefault("sitemap") is false)
        && !document.FrontMatter.ContainsKey("redirect_to")
        && document.OutputPath is not ("404.html" or "404/index.html");

    private static byte[] Write(IReadOnlyList<(string Loc, string? LastModified)> entries)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlFileSettings.Create()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var (loc, lastModified) in entries)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, loc);
                if (lastModified is not null)
                {
                    xml.WriteElementString("lastmod", SitemapNamespace, lastModified);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
