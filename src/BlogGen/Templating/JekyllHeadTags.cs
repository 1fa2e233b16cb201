using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using BlogGen.Content;
using BlogGen.Templating.Filters;

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// What jekyll-seo-tag's <c>{% seo %}</c> and jekyll-feed's <c>{% feed_meta %}</c> print in a Jekyll theme's head,
/// made from the page being rendered (its <c>seo</c> facts when it has them), <c>site</c> and <c>paginator</c>, read
/// through the render's context so that the render depends on what it read. <see cref="JekyllTags"/> turns each tag
/// into a call of these functions.
/// </summary>
internal static partial class JekyllHeadTags
{
    public const string SeoFunction = "bloggen_seo_tag";
    public const string FeedMetaFunction = "bloggen_feed_meta";

    /// <summary>
    /// jekyll-seo-tag 2.8's head, line for line as its template writes it (no generator line: this is not Jekyll): the
    /// title, author, locale, description, canonical URL (with <c>site.url</c> set), OpenGraph, the article's date,
    /// <c>rel=prev/next</c> on a paginated page, Twitter tags, verification tags, JSON-LD.
    /// </summary>
    /// <param name="withTitle">False for <c>{% seo title=false %}</c>, which leaves the <c>&lt;title&gt;</c> out.</param>
    /// <param name="markdownify">Markdown into HTML: jekyll-seo-tag runs every title and description through it.</param>
    public static string Seo(TemplateContext context, SiteUrls urls, HeadTagSettings settings, Func<string, string> markdownify, bool withTitle)
    {
        var page = Global(context, "page");
        var site = Global(context, "site");
        var seo = LiquidValues.Member(context, page, "seo");
        var siteTitle = Formatted(Text(context, site, "title") is { Length: > 0 } named ? named : Text(context, site, "name"));
        var siteDescription = Formatted(Text(context, site, "description"));
        var pageTitle = Formatted(Text(context, page, "title")) is { Length: > 0 } own ? own : siteTitle;
        // A post's excerpt describes it; a page has none in Jekyll, so it falls back to the site's description.
        var description = Formatted(Text(context, page, "description")) is { Length: > 0 } given ? given
            : LiquidValues.Member(context, page, "collection") is "posts" && Formatted(Text(context, page, "excerpt")) is { Length: > 0 } excerpt ? excerpt
            : siteDescription;
        var image = Text(context, seo, "image");

        var head = new StringBuilder("<!-- Begin Jekyll SEO tag v2.8.0 -->\n");
        if (withTitle && Title(context, siteTitle, pageTitle, siteDescription) is { Length: > 0 } title)
        {
            Line(head, "<title>{0}</title>", title);
        }
        if (pageTitle.Length > 0)
        {
            Line(head, "<meta property=\"og:title\" content=\"{0}\" />", pageTitle);
        }
        var author = Author(context, page, site);
        if (Text(context, author, "name") is { Length: > 0 } authorName)
        {
            Line(head, "<meta name=\"author\" content=\"{0}\" />", authorName);
        }
        var lang = Text(context, page, "lang") is { Length: > 0 } pageLang ? pageLang : settings.Lang ?? "en_US";
        var locale = Text(context, page, "locale") is { Length: > 0 } pageLocale ? pageLocale
            : Text(context, site, "locale") is { Length: > 0 } siteLocale ? siteLocale : lang;
        Line(head, "<meta property=\"og:locale\" content=\"{0}\" />", locale.Replace('-', '_'));
        if (description.Length > 0)
        {
            Line(head, "<meta name=\"description\" content=\"{0}\" />", description);
            Line(head, "<meta property=\"og:description\" content=\"{0}\" />", description);
        }
        if (LiquidValues.IsTruthy(LiquidValues.Member(context, site, "url")))
        {
            // The page's own URL (a later page of the paginated home is its own page), unless front matter names another.
            var canonical = Text(context, page, "canonical_url") is { Length: > 0 } named2 ? named2
                : IndexHtml().Replace(urls.Absolute(Text(context, page, "url")), "/");
            Line(head, "<link rel=\"canonical\" href=\"{0}\" />", canonical);
            Line(head, "<meta property=\"og:url\" content=\"{0}\" />", canonical);
        }
        if (siteTitle.Length > 0)
        {
            Line(head, "<meta property=\"og:site_name\" content=\"{0}\" />", siteTitle);
        }
        if (image.Length > 0)
        {
            Line(head, "<meta property=\"og:image\" content=\"{0}\" />", image);
        }
        if (LiquidValues.Member(context, page, "date") is DateTimeOffset date)
        {
            Line(head, "<meta property=\"og:type\" content=\"{0}\" />", "article");
            Line(head, "<meta property=\"article:published_time\" content=\"{0}\" />", date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
        else
        {
            Line(head, "<meta property=\"og:type\" content=\"{0}\" />", "website");
        }
        var paginator = Global(context, "paginator");
        foreach (var (relation, member) in new[] { ("prev", "previous_page_path"), ("next", "next_page_path") })
        {
            if (Text(context, paginator, member) is { Length: > 0 } path)
            {
                Line(head, $"<link rel=\"{relation}\" href=\"{{0}}\" />", urls.Absolute(path));
            }
        }
        if (image.Length > 0)
        {
            Line(head, "<meta name=\"twitter:card\" content=\"{0}\" />", Text(context, seo, "twitter_card") is { Length: > 0 } card ? card : "summary_large_image");
            Line(head, "<meta property=\"twitter:image\" content=\"{0}\" />", image);
        }
        else
        {
            Line(head, "<meta name=\"twitter:card\" content=\"{0}\" />", "summary");
        }
        if (pageTitle.Length > 0)
        {
            Line(head, "<meta property=\"twitter:title\" content=\"{0}\" />", pageTitle);
        }
        if (LiquidValues.Member(context, site, "twitter") is { } twitter && LiquidValues.IsTruthy(twitter))
        {
            Line(head, "<meta name=\"twitter:site\" content=\"@{0}\" />", Text(context, twitter, "username").Replace("@", "", StringComparison.Ordinal));
            if (Text(context, author, "twitter") is { Length: > 0 } creator)
            {
                Line(head, "<meta name=\"twitter:creator\" content=\"@{0}\" />", creator.Replace("@", "", StringComparison.Ordinal));
            }
        }
        var verifications = LiquidValues.Member(context, site, "webmaster_verifications");
        foreach (var (service, name) in Verifications)
        {
            var code = verifications is null ? service == "google" ? Text(context, site, "google_site_verification") : "" : Text(context, verifications, service);
            if (code.Length > 0)
            {
                Line(head, $"<meta name=\"{name}\" content=\"{{0}}\" />", code);
            }
        }
        if (Text(context, seo, "json_ld") is { Length: > 0 } jsonLd)
        {
            // Already escaped for a script element (no "</" inside): written as it is.
            head.Append("<script type=\"application/ld+json\">\n").Append(jsonLd).Append("</script>\n");
        }
        return head.Append("<!-- End Jekyll SEO tag -->\n").ToString();

        // jekyll-seo-tag's format_string: markdownify, strip_html, normalize_whitespace (escape_once is Line's).
        string Formatted(string text) => text.Length == 0 ? "" : JekyllTextFilters.NormalizeWhitespace(LiquidStripHtml.Apply(markdownify(text)));
    }

    /// <summary>jekyll-feed's link to the site's Atom feed; nothing when the site does not list jekyll-feed.</summary>
    public static string FeedMeta(TemplateContext context, SiteUrls urls, HeadTagSettings settings) => !settings.Feed ? "" : string.Format(CultureInfo.InvariantCulture,
        "<link type=\"application/atom+xml\" rel=\"alternate\" href=\"{0}\" title=\"{1}\" />",
        WebUtility.HtmlEncode(urls.Absolute("/feed.xml")), WebUtility.HtmlEncode(Text(context, Global(context, "site"), "title")));

    /// <summary>
    /// jekyll-seo-tag's author: <c>page.author</c> (or the first of <c>page.authors</c>), else <c>site.author</c>; a name
    /// is looked up in <c>site.data.authors</c>; as a map with <c>name</c> (and <c>twitter</c>).
    /// </summary>
    private static object? Author(TemplateContext context, object? page, object? site)
    {
        var author = LiquidValues.Member(context, page, "author")
            ?? (LiquidValues.Items(context, LiquidValues.Member(context, page, "authors")) is [var first, ..] ? first : null)
            ?? LiquidValues.Member(context, site, "author");
        if (author is not string name)
        {
            return author;
        }
        var known = LiquidValues.Member(context, LiquidValues.Member(context, LiquidValues.Member(context, site, "data"), "authors"), name);
        return LiquidValues.IsMap(known) ? known : new ScriptObject { ["name"] = name, ["twitter"] = name };
    }

    /// <summary>The site verification tags jekyll-seo-tag writes from <c>webmaster_verifications</c>, in its order.</summary>
    private static readonly ImmutableArray<(string Service, string Name)> Verifications =
    [
        ("google", "google-site-verification"), ("bing", "msvalidate.01"), ("alexa", "alexaVerifyID"),
        ("yandex", "yandex-verification"), ("baidu", "baidu-site-verification"), ("facebook", "facebook-domain-verification"),
    ];

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
        head.AppendFormat(CultureInfo.InvariantCulture, format, LiquidFilters.EscapeOnceText(value)).Append('\n');

    [GeneratedRegex("/index\\.html$")]
    private static partial Regex IndexHtml();
}
