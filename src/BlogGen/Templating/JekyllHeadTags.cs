using System.Globalization;
using System.Net;
using System.Text;

using BlogGen.Content;
using BlogGen.Templating.Filters;

using Scriban;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// What jekyll-seo-tag's <c>{% seo %}</c> and jekyll-feed's <c>{% feed_meta %}</c> print in a Jekyll theme's head,
/// made from the page being rendered (its <c>seo</c> facts when it has them), <c>site</c> and <c>paginator</c>, read
/// through the render's context so that the render depends on what it read. <see cref="JekyllTags"/> turns each tag
/// into a call of these functions.
/// </summary>
internal static class JekyllHeadTags
{
    public const string SeoFunction = "bloggen_seo_tag";
    public const string FeedMetaFunction = "bloggen_feed_meta";

    /// <summary>jekyll-seo-tag's head: title, description, canonical URL, OpenGraph and Twitter tags, JSON-LD.</summary>
    /// <param name="withTitle">False for <c>{% seo title=false %}</c>, which leaves the <c>&lt;title&gt;</c> out.</param>
    public static string Seo(TemplateContext context, SiteUrls urls, bool withTitle)
    {
        var page = Global(context, "page");
        var site = Global(context, "site");
        var seo = LiquidValues.Member(context, page, "seo");
        var siteTitle = Text(context, site, "title");
        var pageTitle = Text(context, page, "title") is { Length: > 0 } own ? own : siteTitle;
        var description = Text(context, seo, "description") is { Length: > 0 } found ? found : Text(context, site, "description");
        // The page's own URL (a later page of the paginated home is its own page), unless front matter names another.
        var canonical = urls.Absolute(Text(context, page, "canonical_url") is { Length: > 0 } given ? given : Text(context, page, "url"));
        var image = Text(context, seo, "image");
        var type = Text(context, seo, "type") is { Length: > 0 } kind ? kind : "website";

        var head = new StringBuilder("<!-- Begin Jekyll SEO tag v2.8.0 -->\n");
        if (withTitle)
        {
            Line(head, "<title>{0}</title>", Title(context, siteTitle, pageTitle, Text(context, site, "description")));
        }
        Line(head, "<meta property=\"og:title\" content=\"{0}\" />", pageTitle);
        Line(head, "<meta property=\"og:locale\" content=\"{0}\" />", Text(context, seo, "locale") is { Length: > 0 } locale ? locale : "en_US");
        if (description.Length > 0)
        {
            Line(head, "<meta name=\"description\" content=\"{0}\" />", description);
            Line(head, "<meta property=\"og:description\" content=\"{0}\" />", description);
        }
        Line(head, "<link rel=\"canonical\" href=\"{0}\" />", canonical);
        Line(head, "<meta property=\"og:url\" content=\"{0}\" />", canonical);
        if (siteTitle.Length > 0)
        {
            Line(head, "<meta property=\"og:site_name\" content=\"{0}\" />", siteTitle);
        }
        if (image.Length > 0)
        {
            Line(head, "<meta property=\"og:image\" content=\"{0}\" />", image);
        }
        Line(head, "<meta property=\"og:type\" content=\"{0}\" />", type);
        if (Text(context, seo, "published_time") is { Length: > 0 } published)
        {
            Line(head, "<meta property=\"article:published_time\" content=\"{0}\" />", published);
        }
        Line(head, "<meta name=\"twitter:card\" content=\"{0}\" />", Text(context, seo, "twitter_card") is { Length: > 0 } card ? card : "summary");
        Line(head, "<meta property=\"twitter:title\" content=\"{0}\" />", pageTitle);
        if (Text(context, seo, "json_ld") is { Length: > 0 } jsonLd)
        {
            // Already escaped for a script element (no "</" inside): written as it is.
            head.Append("<script type=\"application/ld+json\">\n").Append(jsonLd).Append("</script>\n");
        }
        return head.Append("<!-- End Jekyll SEO tag -->\n").ToString();
    }

    /// <summary>jekyll-feed's link to the site's Atom feed.</summary>
    public static string FeedMeta(TemplateContext context, SiteUrls urls) => string.Format(CultureInfo.InvariantCulture,
        "<link type=\"application/atom+xml\" rel=\"alternate\" href=\"{0}\" title=\"{1}\" />",
        WebUtility.HtmlEncode(urls.Absolute("/feed.xml")), WebUtility.HtmlEncode(Text(context, Global(context, "site"), "title")));

    /// <summary>
    /// jekyll-seo-tag's title: "Page | Site"; the site's title and description on a page titled like the site (the home
    /// page); "Page N of M for ..." on the later pages of a paginated list.
    /// </summary>
    private static string Title(TemplateContext context, string siteTitle, string pageTitle, string siteDescription)
    {
        var title = siteTitle.Length > 0 && pageTitle != siteTitle ? $"{pageTitle} | {siteTitle}"
            : siteTitle.Length > 0 && siteDescription.Length > 0 ? $"{siteTitle} | {siteDescription}"
            : pageTitle;
        var paginator = Global(context, "paginator");
        return LiquidValues.Member(context, paginator, "page") is int number and > 1
            ? $"Page {number} of {LiquidValues.Member(context, paginator, "total_pages")} for {title}"
            : title;
    }

    private static object? Global(TemplateContext context, string name) => context.GetValue(new ScriptVariableGlobal(name));

    private static string Text(TemplateContext context, object? target, string member) =>
        LiquidValues.Text(context, LiquidValues.Member(context, target, member)).Trim();

    private static void Line(StringBuilder head, string format, string value) =>
        head.AppendFormat(CultureInfo.InvariantCulture, format, WebUtility.HtmlEncode(value)).Append('\n');
}
