using System.Text;
using System.Xml;

namespace BlogGen.Generators;

/// <summary>An Atom feed (RFC 4287) of posts, shaped as jekyll-feed writes it.</summary>
public static class AtomFeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <param name="feedPath">Site-relative path of the feed itself, e.g. <c>/feed.xml</c>.</param>
    /// <param name="posts">Newest first, already limited.</param>
    public static byte[] Write(SiteSnapshot site, string feedPath, string title, IReadOnlyList<RenderedDocument> posts)
    {
        var config = site.Config;
        var feedUrl = site.Urls.Absolute(feedPath);
        var siteAuthor = PersonName.From(config.Values.GetValueOrDefault("author"));
        var updated = posts.Count > 0
            ? posts.Max(p => DocumentDates.LastModified(p.Document, config.TimeZone) ?? config.BuildTime)
            : TimeZoneInfo.ConvertTime(config.BuildTime, config.TimeZone);

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlFileSettings.Create()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, config.Lang);
            xml.WriteStartElement("generator", AtomNamespace);
            xml.WriteAttributeString("version", site.ToolVersion);
            xml.WriteString("BlogGen");
            xml.WriteEndElement();
            WriteLink(xml, feedUrl, "self", "application/atom+xml");
            WriteLink(xml, site.Urls.Absolute("/"), "alternate", "text/html");
            xml.WriteElementString("updated", AtomNamespace, W3cDate.Format(updated));
            xml.WriteElementString("id", AtomNamespace, feedUrl);
            xml.WriteElementString("title", AtomNamespace, XmlText.Valid(title));
            if (config.Description.Length > 0)
            {
                xml.WriteElementString("subtitle", AtomNamespace, XmlText.Valid(config.Description));
            }
            // RFC 4287 wants an author on the feed when an entry may lack one: the site's title stands in.
            WriteAuthor(xml, siteAuthor ?? (config.Title.Length > 0 ? new PersonName(config.Title, null, null) : null));
            foreach (var post in posts)
            {
                WriteEntry(xml, site, post);
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, SiteSnapshot site, RenderedDocument post)
    {
        var document = post.Document;
        var zone = site.Config.TimeZone;
        var url = site.Urls.Absolute(document.Url);
        var published = document.Date ?? TimeZoneInfo.ConvertTime(site.Config.BuildTime, zone);
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteElementString("title", AtomNamespace, XmlText.Valid(document.Title));
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("href", url);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("type", "text/html");
        xml.WriteAttributeString("title", XmlText.Valid(document.Title));
        xml.WriteEndElement();
        xml.WriteElementString("published", AtomNamespace, W3cDate.Format(published));
        xml.WriteElementString("updated", AtomNamespace, W3cDate.Format(DocumentDates.LastModified(document, zone) ?? published));
        xml.WriteElementString("id", AtomNamespace, url);
        xml.WriteStartElement("content", AtomNamespace);
        xml.WriteAttributeString("type", "html");
        // Relative links in the body resolve against the post, as they do on the page itself.
        xml.WriteAttributeString("xml", "base", null, url);
        xml.WriteString(XmlText.Valid(post.Html));
        xml.WriteEndElement();
        WriteAuthor(xml, PersonName.From(document.FrontMatter.GetValueOrDefault("author")));
        foreach (var term in document.Categories.Concat(document.Tags).Distinct(StringComparer.Ordinal))
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", XmlText.Valid(term));
            xml.WriteEndElement();
        }
        if (post.ExcerptHtml.Trim().Length > 0)
        {
            WriteHtml(xml, "summary", post.ExcerptHtml);
        }
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void WriteHtml(XmlWriter xml, string name, string html)
    {
        xml.WriteStartElement(name, AtomNamespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlText.Valid(html));
        xml.WriteEndElement();
    }

    private static void WriteAuthor(XmlWriter xml, PersonName? author)
    {
        if (author is null)
        {
            return;
        }
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, XmlText.Valid(author.Name));
        if (author.Email is not null)
        {
            xml.WriteElementString("email", AtomNamespace, XmlText.Valid(author.Email));
        }
        if (author.Uri is not null)
        {
            xml.WriteElementString("uri", AtomNamespace, XmlText.Valid(author.Uri));
        }
        xml.WriteEndElement();
    }
}
