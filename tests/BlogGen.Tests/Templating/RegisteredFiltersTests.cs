using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Templating;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// Every filter BlogGen registers, called from a real layout in both syntaxes, with its optional arguments left out and
/// given: a filter registered under the wrong name, with the wrong arguments or defaults, fails here.
/// </summary>
public sealed class RegisteredFiltersTests : IDisposable
{
    private const string PostPath = "_posts/2025-02-13-hello.md";

    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Site\nurl: https://example.org\nbaseurl: /blog\ntimezone: Asia/Shanghai\n")
        .With(PostPath, "---\ntitle: Hello\ndate: 2025-02-12T23:55:52.000Z\ntags: [news, web]\n---\nBody\n")
        .With("about.md", "---\ntitle: About\n---\nAbout.\n");

    public void Dispose() => _site.Dispose();

    /// <summary>The value piped in, the filter, its arguments as template literals, and what it prints.</summary>
    public static TheoryData<string, string, string[], string, string> Calls => new()
    {
        { "'/a b/'", "relative_url", [], "", "/blog/a%20b/" },
        { "'/a b/'", "absolute_url", [], "", "https://example.org/blog/a%20b/" },
        { "'/a/index.html'", "strip_index", [], "", "/a/" },
        { "page.date", "date", [], "", "2025-02-13 07:55:52 +0800" },
        { "page.date", "date", ["'%Y-%m-%d'"], "", "2025-02-13" },
        { "page.date", "date_to_xmlschema", [], "", "2025-02-13T07:55:52+08:00" },
        { "page.date", "date_to_rfc822", [], "", "Thu, 13 Feb 2025 07:55:52 +0800" },
        { "page.date", "date_to_string", [], "", "13 Feb 2025" },
        { "page.date", "date_to_string", ["'ordinal'"], "", "13th Feb 2025" },
        { "page.date", "date_to_string", ["'ordinal'", "'US'"], "", "Feb 13th, 2025" },
        { "page.date", "date_to_long_string", [], "", "13 February 2025" },
        { "page.date", "date_to_long_string", ["'ordinal'"], "", "13th February 2025" },
        { "page.date", "date_to_long_string", ["'ordinal'", "'US'"], "", "February 13th, 2025" },
        { "'<a & b>'", "xml_escape", [], "", "&lt;a &amp; b&gt;" },
        { "'a b&c'", "cgi_escape", [], "", "a+b%26c" },
        { "'/a b/'", "uri_escape", [], "", "/a%20b/" },
        { "' a  b '", "normalize_whitespace", [], "", "a b" },
        { "'one two 三'", "number_of_words", [], "", "3" },
        { "'one two 三四'", "number_of_words", ["'cjk'"], "", "4" },
        { "page.tags", "array_to_sentence_string", [], "", "news and web" },
        { "page.tags", "array_to_sentence_string", ["'or'"], "", "news or web" },
        { "'Hello, World!'", "slugify", [], "", "hello-world" },
        { "'Hello, World!'", "slugify", ["'raw'"], "", "hello,-world!" },
        { "'\"a\"'", "smartify", [], "", "“a”" },
        { "'x'", "markdownify", [], "", "<p>x</p>" },
        { "'a { b: c; }'", "scssify", [], "", "a {\n  b: c;\n}\n" },
        { "'a\n  b: c'", "sassify", [], "", "a {\n  b: c;\n}\n" },
        { "page.tags", "jsonify", [], "", "[\"news\",\"web\"]" },
        { "'a'", "inspect", [], "", "&quot;a&quot;" },
        { "'12'", "to_integer", [], "", "12" },
        { "page.tags", "where", ["'size'", "4"], "join", "" },
        { "page.tags", "where_exp", ["'t'", "\"t == 'web'\""], "join", "web" },
        { "page.tags", "find", ["'size'", "4"], "", "" },
        { "page.tags", "find_exp", ["'t'", "\"t == 'web'\""], "", "web" },
        { "page.tags", "group_by", ["'size'"], "size", "1" },
        { "page.tags", "group_by_exp", ["'t'", "'t | size'"], "size", "2" },
        { "page.tags", "sort", [], "join", "news web" },
        { "page.tags", "sort", ["'size'"], "join", "news web" },
        { "page.tags", "sort", ["'size'", "'last'"], "join", "news web" },
        { "page.tags", "push", ["'x'"], "join", "news web x" },
        { "page.tags", "pop", [], "join", "news" },
        { "page.tags", "pop", ["2"], "join", "" },
        { "page.tags", "shift", [], "join", "web" },
        { "page.tags", "shift", ["2"], "join", "" },
        { "page.tags", "unshift", ["'x'"], "join", "x news web" },
        { "page.tags", "sample", ["2"], "join", "news web" },
        { "'2025-02-13-hello'", "post_url", [], "", "/blog/2025/02/13/hello.html" },
        { "'about.md'", "link", [], "", "/blog/about.html" },
        { "'Static Sites'", "tag_url", [], "", "/blog/tags/static-sites/" },
        { "'How To'", "category_url", [], "", "/blog/categories/how-to/" },
    };

    /// <summary>Each filter in both syntaxes; a list it gives is printed through <c>join</c>, which both syntaxes print alike.</summary>
    [Theory]
    [MemberData(nameof(Calls))]
    public void EachFilterPrintsTheSameInLiquidAndScriban(string input, string filter, string[] arguments, string then, string expected)
    {
        var after = then.Length == 0 ? "" : $" | {then}";
        var liquid = arguments.Length == 0 ? $"{{{{ {input} | {filter}{after} }}}}" : $"{{{{ {input} | {filter}: {string.Join(", ", arguments)}{after} }}}}";
        var scriban = $"{{{{ {input} | {filter} {string.Join(" ", arguments)}{after} }}}}";

        Assert.Equal((expected, expected), (Render("_layouts/liquid.html", liquid).Output, Render("_layouts/scriban.sbn-html", scriban).Output));
    }

    [Fact]
    public void EveryJekyllFilterIsCalledAbove()
    {
        var called = Calls.Select(row => (string)row[1]).ToHashSet(StringComparer.Ordinal);
        var registered = new SiteFunctions(new SiteUrls("", ""), TimeZoneInfo.Utc, default, text => text, new DocumentUrls([]), new TaxonomyUrls("tags", "categories"))
            .JekyllFilters().Keys;

        Assert.Equal(registered.Order(StringComparer.Ordinal), called.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A wrong number of arguments is Scriban's own message, which says how many the filter takes (too many is reported at
    /// the first argument too many); a filter that cannot find its target says what to write instead.
    /// </summary>
    public static TheoryData<string, string, int, int, string> Errors => new()
    {
        { "_layouts/x.sbn-html", "\n{{ relative_url }}", 2, 16, "Invalid number of arguments `0` passed to `relative_url` while expecting `1` arguments" },
        { "_layouts/x.html", "\n{{ 'a' | relative_url: 'b' }}", 2, 24, "Invalid number of arguments `2` passed to `relative_url 'b'` while expecting `1` arguments" },
        {
            "_layouts/x.html", "\n{{ 'a' | date_to_string: 'ordinal', 'US', 'x' }}", 2, 43,
            "Invalid number of arguments `4` passed to `date_to_string 'ordinal' 'US' 'x'` while expecting `3` arguments"
        },
        { "_layouts/x.sbn-html", "\n{{ slugify 'a' 'b' 'c' }}", 2, 20, "Invalid number of arguments `3` passed to `slugify 'a' 'b' 'c'` while expecting `2` arguments" },
        {
            "_layouts/x.html", "\n{{ 'nothing' | post_url }}", 2, 16,
            "post_url: there is no post 'nothing' in _posts/: use the file name without its extension, e.g. 2025-01-01-my-post"
        },
        {
            "_layouts/x.sbn-html", "\n{{ link 'nothing.md' }}", 2, 4,
            "link: no page or post is built from 'nothing.md': give its path from the site folder, e.g. _posts/2025-01-01-my-post.md"
        },
        { "_layouts/x.sbn-html", "\n{{ math | jsonify }}", 2, 11, "jsonify: a function has no JSON form; give it text, a number, a boolean, a date, a list or a map" },
        // Liquid stops a division by zero (so NaN never reaches jsonify here; TemplateJsonTests holds that case).
        { "_layouts/x.html", "\n{{ 0.0 | divided_by: 0.0 | jsonify }}", 2, 10, "divided by 0" },
    };

    /// <summary>A call the filter cannot take is the layout's error, with its line and column and Scriban's or the filter's words.</summary>
    [Theory]
    [MemberData(nameof(Errors))]
    public void AWrongCallIsReportedWhereItIs(string layoutFile, string layoutText, int line, int column, string message)
    {
        var error = Assert.Single(Render(layoutFile, layoutText).Diagnostics);

        Assert.Equal((Severity.Error, layoutFile, line, column, $"{message} (while rendering {PostPath})"), (error.Severity, error.Path, error.Line, error.Column, error.Message));
    }

    /// <summary>Renders through the layout in <paramref name="layoutFile"/>, named as its file without the extension.</summary>
    private RenderResult Render(string layoutFile, string layoutText)
    {
        _site.With(layoutFile, layoutText);
        var setup = TemplateSetup.Load(_site);
        return setup.Renderer.RenderLayouts("", Path.GetFileNameWithoutExtension(layoutFile), setup.Page(PostPath), null, PostPath);
    }
}
