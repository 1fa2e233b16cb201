using System.Globalization;
using System.Net;

using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Markdown.Highlighting;
using BlogGen.Templating.Filters;

using Scriban;
using Scriban.Runtime;

using static BlogGen.Templating.TemplateFunction;

namespace BlogGen.Templating;

/// <summary>Jekyll's filters, bound to one site's base URL and time zone. Registered under Jekyll's names.</summary>
/// <param name="headTags">What {% seo %} and {% feed_meta %} need of the site; <see cref="HeadTagSettings.Default"/> when not given.</param>
/// <param name="highlighter">Highlights <c>{% highlight %}</c> blocks: the build session's, so grammars load once.</param>
/// <param name="sass">
/// Compiles Sass for <c>scssify</c> and <c>sassify</c> (true: the indented syntax) with the site's Sass settings: the CSS,
/// or null and the diagnostic saying why; none when not given.
/// </param>
public sealed class SiteFunctions(SiteUrls urls, TimeZoneInfo timeZone, DateTimeOffset buildTime, Func<string, string> markdownify, DocumentUrls documents,
    TaxonomyUrls taxonomies, HeadTagSettings? headTags = null, CodeHighlighter? highlighter = null, Func<string, bool, (string? Css, Diagnostic? Error)>? sass = null)
{
    private readonly HeadTagSettings _headTags = headTags ?? HeadTagSettings.Default;
    private readonly CodeHighlighter _highlighter = highlighter ?? new CodeHighlighter();

    /// <summary>
    /// Every filter templates have besides Scriban's builtins: Liquid's standard filters (<see cref="LiquidFilters"/>), then
    /// Jekyll's under Jekyll's names, which replace Liquid's where Jekyll does (<c>sort</c>), each with its parameters as
    /// Jekyll has them (see <see cref="TemplateFunction"/>).
    /// </summary>
    internal ScriptObject ToScriptObject()
    {
        var functions = LiquidFilters.ToScriptObject();
        foreach (var (name, function) in JekyllFilters())
        {
            functions[name] = function;
        }
        // What {% seo %} and {% feed_meta %} become (see JekyllTags): functions of the page, not filters.
        functions[JekyllHeadTags.SeoFunction] = new TemplateFunction([OptionalValue("title", true)], (context, arguments) => JekyllHeadTags.Seo(context, urls, _headTags, markdownify, arguments[0] is not false));
        functions[JekyllHeadTags.FeedMetaFunction] = new TemplateFunction([], (context, _) => JekyllHeadTags.FeedMeta(context, urls, _headTags));
        // What a filter nobody defines becomes in a layout or include: the value, unchanged.
        functions[UnknownLiquidFilters.PassThroughName] = new TemplateFunction([Value("input"), .. Enumerable.Range(1, 8).Select(i => OptionalValue("ignored" + i))],
            (_, arguments) => arguments[0]);
        // What {% highlight %} becomes: a filter of the captured body.
        functions[JekyllHighlight.FunctionName] = new TemplateFunction([Value("code"), RequiredText("language"), OptionalValue("linenos", false), OptionalText("mark_lines")],
            (context, arguments) => JekyllHighlight.Render(_highlighter, LiquidValues.Text(context, arguments[0]), (string)arguments[1]!, arguments[2] is true,
                HighlightOptions.LineList((string?)arguments[3])));
        return functions;
    }

    /// <summary>The name of every function <see cref="ToScriptObject"/> gives, whatever the site.</summary>
    internal static IEnumerable<string> Names() =>
        new SiteFunctions(new SiteUrls("", ""), TimeZoneInfo.Utc, default, text => text, new DocumentUrls([]), TaxonomyUrls.FromConfig(new Dictionary<string, object?>()))
            .ToScriptObject().Keys;

    /// <summary>Jekyll's filters alone, under Jekyll's names.</summary>
    public ScriptObject JekyllFilters() => new()
    {
        ["relative_url"] = Filter((context, input) => RelativeUrl(UrlOf(context, input))),
        ["absolute_url"] = Filter((context, input) => AbsoluteUrl(UrlOf(context, input))),
        ["strip_index"] = Filter((context, input) => JekyllTextFilters.StripIndex(input is null ? null : LiquidValues.Text(context, input))),
        ["date"] = new TemplateFunction([Value("input"), OptionalText("format")], (context, arguments) => Date(context, arguments[0], (string?)arguments[1])),
        ["date_to_xmlschema"] = Filter(DateToXmlSchema),
        ["date_to_rfc822"] = Filter(DateToRfc822),
        ["date_to_string"] = DayFilter(DateToString),
        ["date_to_long_string"] = DayFilter(DateToLongString),
        ["xml_escape"] = Filter((context, input) => JekyllTextFilters.XmlEscape(LiquidValues.Text(context, input))),
        ["cgi_escape"] = Filter((context, input) => LiquidFilters.UrlEncode(LiquidValues.Text(context, input))),
        ["uri_escape"] = Filter((context, input) => JekyllTextFilters.UriEscape(LiquidValues.Text(context, input))),
        ["normalize_whitespace"] = Filter((context, input) => JekyllTextFilters.NormalizeWhitespace(LiquidValues.Text(context, input))),
        ["number_of_words"] = new TemplateFunction([Value("input"), OptionalText("mode")],
            (context, arguments) => JekyllTextFilters.NumberOfWords(LiquidValues.Text(context, arguments[0]), (string?)arguments[1])),
        ["array_to_sentence_string"] = new TemplateFunction([Value("input"), OptionalText("connector")],
            (context, arguments) => JekyllTextFilters.ArrayToSentenceString(context, arguments[0], (string?)arguments[1])),
        ["slugify"] = new TemplateFunction([Value("input"), OptionalText("mode")], (_, arguments) => Slugify(arguments[0], (string?)arguments[1])),
        ["smartify"] = Filter((context, input) => SmartyPants.Apply(LiquidValues.Text(context, input))),
        ["markdownify"] = Filter((context, input) => Markdownify(LiquidValues.Text(context, input))),
        ["scssify"] = Filter((context, input) => Sassify(context, LiquidValues.Text(context, input), indented: false)),
        ["sassify"] = Filter((context, input) => Sassify(context, LiquidValues.Text(context, input), indented: true)),
        ["jsonify"] = Filter(Jsonify),
        ["inspect"] = Filter(JekyllTextFilters.Inspect),
        ["to_integer"] = Filter(input => JekyllTextFilters.ToInteger(input)),
        ["where"] = new TemplateFunction([Value("input"), RequiredText("property"), Value("value")],
            (context, arguments) => JekyllListFilters.Where(context, arguments[0], (string?)arguments[1], arguments[2])),
        ["where_exp"] = ExpressionFilter(JekyllListFilters.WhereExp),
        ["find"] = new TemplateFunction([Value("input"), RequiredText("property"), Value("value")],
            (context, arguments) => JekyllListFilters.Find(context, arguments[0], (string?)arguments[1], arguments[2])),
        ["find_exp"] = ExpressionFilter(JekyllListFilters.FindExp),
        ["group_by"] = new TemplateFunction([Value("input"), RequiredText("property")], (context, arguments) => JekyllListFilters.GroupBy(context, arguments[0], (string)arguments[1]!)),
        ["group_by_exp"] = ExpressionFilter(JekyllListFilters.GroupByExp),
        ["sort"] = new TemplateFunction([Value("input"), OptionalText("property"), OptionalText("nils")],
            (context, arguments) => JekyllListFilters.Sort(context, arguments[0], (string?)arguments[1], (string?)arguments[2])),
        ["push"] = new TemplateFunction([Value("input"), Value("item")], (_, arguments) => JekyllListFilters.Push(arguments[0], arguments[1])),
        ["pop"] = new TemplateFunction([Value("input"), OptionalValue("count", 1)], (_, arguments) => JekyllListFilters.Pop(arguments[0], arguments[1])),
        ["shift"] = new TemplateFunction([Value("input"), OptionalValue("count", 1)], (_, arguments) => JekyllListFilters.Shift(arguments[0], arguments[1])),
        ["unshift"] = new TemplateFunction([Value("input"), Value("item")], (_, arguments) => JekyllListFilters.Unshift(arguments[0], arguments[1])),
        ["sample"] = new TemplateFunction([Value("input"), OptionalValue("count")], (context, arguments) => JekyllListFilters.Sample(context, arguments[0], arguments[1])),
        ["post_url"] = Filter(PostUrl),
        ["link"] = Filter(Link),
        ["tag_url"] = Filter(TagUrl),
        ["category_url"] = Filter(CategoryUrl),
    };

    /// <summary>A filter of a list, the name of the variable each item is given, and an expression of that variable.</summary>
    private static TemplateFunction ExpressionFilter(Func<TemplateContext, object?, string, string, object?> apply) =>
        new([Value("input"), RequiredText("variable"), RequiredText("expression")], (context, arguments) => apply(context, arguments[0], (string)arguments[1]!, (string)arguments[2]!));

    /// <summary>What Jekyll's URL filters take: a URL, or anything with a <c>url</c> (a page, a post).</summary>
    private static string UrlOf(TemplateContext context, object? input) =>
        LiquidValues.Text(context, LiquidValues.IsMap(input) ? LiquidValues.Member(context, input, "url") : input);

    /// <summary>Jekyll's date_to_string and date_to_long_string: the date, then optionally "ordinal" and "US".</summary>
    private static TemplateFunction DayFilter(Func<TemplateContext?, object?, string?, string?, string?> format) =>
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

    public string? DateToXmlSchema(TemplateContext? context, object? input) =>
        JekyllDate(context, input, "date_to_xmlschema", date => date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Strftime.Offset(date.Offset, colon: true));

    public string? DateToRfc822(TemplateContext? context, object? input) =>
        JekyllDate(context, input, "date_to_rfc822", date => Strftime.Format(date, "%a, %d %b %Y %H:%M:%S %z"));

    public string? DateToString(TemplateContext? context, object? input, string? type = null, string? style = null) =>
        JekyllDate(context, input, "date_to_string", date => FormatDay(date, "%b", type, style));

    public string? DateToLongString(TemplateContext? context, object? input, string? type = null, string? style = null) =>
        JekyllDate(context, input, "date_to_long_string", date => FormatDay(date, "%B", type, style));

    /// <summary>
    /// Jekyll's date filters: nothing or empty text is given back as it is, anything else must be a date (a date, a time,
    /// seconds since 1970, or text such as 2025-02-13), shown in the site's time zone.
    /// </summary>
    private string? JekyllDate(TemplateContext? context, object? input, string filter, Func<DateTimeOffset, string> format)
    {
        if (input is null or "")
        {
            return (string?)input;
        }
        return TemplateDates.ToSiteTime(context, input, timeZone, buildTime) is { } date
            ? format(date)
            : throw new ArgumentException($"{filter}: '{Text(input)}' is not a date: give it a date, a time, or text such as 2025-02-13 or 2025-02-13 08:55:52 +0900");
    }

    /// <summary>
    /// Jekyll's date_to_string: "07 Feb 2025" (the day in two digits); type "ordinal" gives "7th Feb 2025", and with style
    /// "US" "Feb 7th, 2025". Without "ordinal", "US" changes nothing, as in Jekyll.
    /// </summary>
    private static string FormatDay(DateTimeOffset date, string month, string? type, string? style)
    {
        if (type != "ordinal")
        {
            return Strftime.Format(date, $"%d {month} %Y");
        }
        var monthName = Strftime.Format(date, month);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return style == "US" ? $"{monthName} {Ordinal(date.Day)}, {year}" : $"{Ordinal(date.Day)} {monthName} {year}";
    }

    private static string Ordinal(int day) => day.ToString(CultureInfo.InvariantCulture) + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });

    /// <summary>
    /// Jekyll's <c>slugify</c> with its modes (default, raw, pretty, ascii, latin, as <see cref="Slugifier"/> makes them);
    /// with <c>none</c> or a mode Jekyll does not know, the text lower-cased, as in Jekyll. Nothing stays nothing.
    /// </summary>
    public static string? Slugify(object? input, string? mode = null) =>
        input is null ? null
        : mode is not null and not ("default" or "raw" or "pretty" or "ascii" or "latin") ? Text(input).ToLowerInvariant()
        : Slugifier.Slugify(Text(input), Slugifier.TryParseMode(mode, out var slugMode) ? slugMode : SlugMode.Default);

    public static string Jsonify(TemplateContext? context, object? input) => TemplateJson.Write(input, RenderScope.Of(context));

    /// <summary>Markdown converted by the site's own pipeline (Markdig with BlogGen's extensions, then the sanitizer), as a body is.</summary>
    public string Markdownify(string markdown) => markdownify(markdown);

    /// <summary>
    /// Jekyll's <c>scssify</c> and <c>sassify</c>: Sass (SCSS, or with <paramref name="indented"/> the indented syntax) into
    /// CSS as the site's Sass files are compiled; where it cannot be, an error at the filter.
    /// </summary>
    private string Sassify(TemplateContext context, string text, bool indented)
    {
        var (css, error) = sass?.Invoke(text, indented) ?? (null, null);
        return css ?? throw new CodedRuntimeException(context.CurrentSpan, error?.Code ?? DiagnosticCodes.SassNotInstalled,
            $"{(indented ? "sassify" : "scssify")}: {error?.Message ?? "no Sass compiler is set up for this render"}");
    }

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
