using System.Globalization;
using System.Net;

using BlogGen.Content;

using Scriban;
using Scriban.Runtime;

using static BlogGen.Templating.TemplateFunction;

namespace BlogGen.Templating;

/// <summary>Jekyll's filters, bound to one site's base URL and time zone. Registered under Jekyll's names.</summary>
public sealed class SiteFunctions(SiteUrls urls, TimeZoneInfo timeZone, DateTimeOffset buildTime, Func<string, string> markdownify, DocumentUrls documents,
    TaxonomyUrls taxonomies)
{
    /// <summary>The filters under Jekyll's names, each with its parameters as Jekyll has them (see <see cref="TemplateFunction"/>).</summary>
    internal ScriptObject ToScriptObject() => new()
    {
        ["relative_url"] = Filter(RelativeUrl),
        ["absolute_url"] = Filter(AbsoluteUrl),
        ["date"] = new TemplateFunction([Value("input"), OptionalText("format")], (context, arguments) => Date(context, arguments[0], (string?)arguments[1])),
        ["date_to_xmlschema"] = Filter(DateToXmlSchema),
        ["date_to_rfc822"] = Filter(DateToRfc822),
        ["date_to_string"] = DayFilter(DateToString),
        ["date_to_long_string"] = DayFilter(DateToLongString),
        ["xml_escape"] = Filter(XmlEscape),
        ["cgi_escape"] = Filter(CgiEscape),
        ["uri_escape"] = Filter(UriEscape),
        ["slugify"] = new TemplateFunction([Value("input"), OptionalText("mode")], (_, arguments) => Slugify(arguments[0], (string?)arguments[1])),
        ["jsonify"] = Filter(Jsonify),
        ["number_of_words"] = Filter(input => NumberOfWords(input)),
        ["strip_html"] = Filter(StripHtml),
        ["markdownify"] = Filter(Markdownify),
        ["post_url"] = Filter(PostUrl),
        ["link"] = Filter(Link),
        ["tag_url"] = Filter(TagUrl),
        ["category_url"] = Filter(CategoryUrl),
    };

    /// <summary>Jekyll's date_to_string and date_to_long_string: the date, then optionally "ordinal" and "US".</summary>
    private static TemplateFunction DayFilter(Func<TemplateContext?, object?, string?, string?, string> format) =>
        new([Value("input"), OptionalText("type"), OptionalText("style")],
            (context, arguments) => format(context, arguments[0], (string?)arguments[1], (string?)arguments[2]));

    public string RelativeUrl(object? input) => urls.Relative(Text(input));

    public string AbsoluteUrl(object? input) => urls.Absolute(Text(input));

    public string Date(TemplateContext? context, object? input, string? format = null)
    {
        if (TemplateDates.ToSiteTime(context, input, timeZone, buildTime) is not { } date)
        {
            return Text(input);
        }
        return string.IsNullOrEmpty(format) ? Strftime.Format(date, "%Y-%m-%d %H:%M:%S %z") : Strftime.Format(date, format);
    }

    public string DateToXmlSchema(TemplateContext? context, object? input) =>
        TemplateDates.ToSiteTime(context, input, timeZone, buildTime) is { } date
            ? date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Strftime.Offset(date.Offset, colon: true)
            : Text(input);

    public string DateToRfc822(TemplateContext? context, object? input) =>
        TemplateDates.ToSiteTime(context, input, timeZone, buildTime) is { } date ? Strftime.Format(date, "%a, %d %b %Y %H:%M:%S %z") : Text(input);

    public string DateToString(TemplateContext? context, object? input, string? type = null, string? style = null) => FormatDay(context, input, "%b", type, style);

    public string DateToLongString(TemplateContext? context, object? input, string? type = null, string? style = null) => FormatDay(context, input, "%B", type, style);

    /// <summary>Jekyll's date_to_string: "13 Feb 2025", type "ordinal" gives "13th Feb 2025", style "US" puts the month first.</summary>
    private string FormatDay(TemplateContext? context, object? input, string month, string? type, string? style)
    {
        if (TemplateDates.ToSiteTime(context, input, timeZone, buildTime) is not { } date)
        {
            return Text(input);
        }
        var day = type == "ordinal" ? Ordinal(date.Day) : date.Day.ToString(CultureInfo.InvariantCulture);
        var monthName = Strftime.Format(date, month);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return style == "US" ? $"{monthName} {day}, {year}" : $"{day} {monthName} {year}";
    }

    private static string Ordinal(int day) => day.ToString(CultureInfo.InvariantCulture) + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });

    public static string XmlEscape(object? input) => WebUtility.HtmlEncode(Text(input));

    public static string CgiEscape(object? input) => WebUtility.UrlEncode(Text(input));

    public static string UriEscape(object? input) => UrlPath.Encode(Text(input));

    public static string Slugify(object? input, string? mode = null) =>
        Slugifier.TryParseMode(mode ?? "default", out var slugMode) ? Slugifier.Slugify(Text(input), slugMode) : Slugifier.Slugify(Text(input));

    public static string Jsonify(TemplateContext? context, object? input) => TemplateJson.Write(input, RenderScope.Of(context));

    /// <summary>Words as <see cref="WordCount"/> counts them, in the readable text of the HTML: CJK characters count one each.</summary>
    public static int NumberOfWords(object? input) => WordCount.Of(PlainText.FromHtml(Text(input))).Words;

    public static string StripHtml(object? input) => LiquidStripHtml.Apply(Text(input));

    public string Markdownify(object? input) => markdownify(Text(input));

    /// <summary>Jekyll's <c>{% post_url 2025-01-01-name %}</c>: the post's URL with the base URL, as in Jekyll 4.</summary>
    public string PostUrl(object? input) =>
        documents.ForPostName(Text(input)) is { } found
            ? RelativeUrl(found)
            : throw new ArgumentException($"post_url: there is no post '{Text(input)}' in _posts/: use the file name without its extension, e.g. 2025-01-01-my-post");

    /// <summary>Jekyll's <c>{% link about.md %}</c>: the URL of the document built from that source file.</summary>
    public string Link(object? input) =>
        documents.ForSourcePath(Text(input)) is { } found
            ? RelativeUrl(found)
            : throw new ArgumentException($"link: no page or post is built from '{Text(input)}': give its path from the site folder, e.g. _posts/2025-01-01-my-post.md");

    /// <summary>The link to a tag's page (baseurl, percent-encoding); empty when the name makes no slug and so has no page.</summary>
    public string TagUrl(object? input) => taxonomies.TagUrl(Text(input)) is { } url ? RelativeUrl(url) : "";

    public string CategoryUrl(object? input) => taxonomies.CategoryUrl(Text(input)) is { } url ? RelativeUrl(url) : "";

    private static string Text(object? input) => input switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => input.ToString() ?? "",
    };
}
