using BlogGen.Diagnostics;
using BlogGen.Templating;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// Jekyll 4's filters, rendered from a Liquid layout. Expected values are those of Jekyll's own test suite
/// (test/test_filters.rb, and test/test_utils.rb for <c>slugify</c>'s modes), with the same inputs as front matter.
/// </summary>
public sealed class JekyllFiltersTests : IDisposable
{
    private const string PostPath = "_posts/2025-02-13-hello.md";

    private const string FrontMatter = """
        title: Hello
        objects: [{color: teal, size: large}, {color: red, size: large}, {color: red, size: medium}, {color: blue, size: medium}]
        typed: [{color: teal, size: large, type: variable}, {color: red, size: large, type: fixed}, {color: red, size: medium, type: variable}, {color: blue, size: medium, type: fixed}]
        nulls: [{}, {color: null}, {color: ""}, {color: text}]
        numbers: [{value: "555"}, {value: 555}, {value: 24.625}, {value: "24.625"}]
        tagged: {a: {tags: [x, y]}, b: {tags: x}, c: {tags: [y, z]}}
        emptyish: {a: {tags: {}}, b: {tags: ""}, c: {tags: null}, d: {tags: [x, null]}, e: {tags: []}, f: {tags: xtra}}
        animals: {a: {category: bear}, b: {category: wolf}, c: {category: [bear, lion]}}
        movies: {The Words: {rating: 1.2, featured: false}, Limitless: {rating: 9.2, featured: true}, Hustle: {rating: 4.7, featured: true}}
        members: [{id: a, groups: [1, 2]}, {id: b, groups: [2, 3]}, {id: c}, {id: d, groups: [1, 3]}]
        people: [{name: Allison, year: 2016}, {name: Amy, year: 2016}, {name: George, year: 2019}]
        versions: [{version: "1.0", result: slow}, {version: "1.1.5", result: medium}, {version: "2.7.3", result: fast}]
        letters: [a, b, c, d]
        counts: [1, 2, 3, 4, 5]
        mixed: [3, 2.2, 2, 1]
        by_a: [{a: 4}, {a: 3}, {a: 1}, {a: 2}]
        decimals: [{a: "10"}, {a: ".5"}, {a: "0.65"}]
        words_first: [{a: twelve}, {a: ".5"}, {a: "0.6"}]
        digits_text: [{a: "20"}, {a: "1"}, {a: "1abc"}]
        with_nil: [{a: 2}, {b: 1}, {a: 1}]
        nested: [{a: {b: 2}}, {a: {b: 1}}, {a: {b: 3}}]
        greeting: [hi, there, bert, and, ernie]
        key_value: {"<a>": 1}
        """;

    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Site\nurl: http://example.com\nbaseurl: /base\ntimezone: UTC\n")
        .With(PostPath, $"---\n{FrontMatter}\n---\nBody\n");

    public void Dispose() => _site.Dispose();

    /// <summary>A Liquid output expression and what it prints.</summary>
    public static TheoryData<string, string> Rows => new()
    {
        // where
        { "'some string' | where: 'la', 'le'", "some string" },
        { "page.objects | where: 'color', 'red' | size", "2" },
        { "page.nulls | where: 'color', nil | size", "2" },
        { "page.numbers | where: 'value', 24.625 | size", "2" },
        { "page.numbers | where: 'value', 555 | size", "2" },
        { "page.tagged | where: 'tags', 'x' | size", "2" },
        { "page.emptyish | where: 'tags', nil | jsonify", "[{\"tags\":null}]" },
        { "page.emptyish | where: 'tags', '' | jsonify", "[{\"tags\":\"\"},{\"tags\":[\"x\",null]}]" },
        { "page.emptyish | where: 'tags', empty | size", "4" },
        { "page.animals | where: 'category', 'ear' | size", "0" },
        { "page.movies | where: 'featured', 'true' | map: 'rating' | join: ','", "9.2,4.7" },
        { "page.movies | where: 'rating', 4.7 | map: 'rating' | join: ','", "4.7" },
        // where_exp
        { "'some string' | where_exp: 'la', 'le'", "some string" },
        { "page.objects | where_exp: 'item', \"item.color == 'red'\" | size", "2" },
        { "page.objects | where_exp: 'item', \"item.color == 'red' or item.size == 'large'\" | map: 'color' | join: ','", "teal,red,red" },
        { "page.objects | where_exp: 'item', \"item.color == 'red' and item.size == 'large'\" | jsonify", "[{\"color\":\"red\",\"size\":\"large\"}]" },
        { "page.typed | where_exp: 'item', \"item.type == 'fixed' and item.color == 'red' or item.color == 'teal'\" | map: 'type' | join: ','", "fixed" },
        { "page.movies | where_exp: 'item', 'item.featured == true' | size", "2" },
        { "page.movies | where_exp: 'item', 'item.rating == 4.7' | size", "1" },
        { "page.counts | where_exp: 'n', 'n >= 3' | join: ','", "3,4,5" },
        { "page.members | where_exp: 'obj', 'obj.groups contains 1' | map: 'id' | join: ','", "a,d" },
        { "page.members | where_exp: 'obj', \"obj contains 'groups'\" | map: 'id' | join: ','", "a,b,d" },
        // find
        { "'some string' | find: 'la', 'le'", "some string" },
        { "page.objects | find: 'color', 'red' | jsonify", "{\"color\":\"red\",\"size\":\"large\"}" },
        { "page.nulls | find: 'color', nil | jsonify", "{}" },
        { "page.numbers | find: 'value', 24.625 | jsonify", "{\"value\":24.625}" },
        { "page.numbers | find: 'value', 555 | jsonify", "{\"value\":\"555\"}" },
        { "page.tagged | find: 'tags', 'x' | jsonify", "{\"tags\":[\"x\",\"y\"]}" },
        { "page.emptyish | find: 'tags', '' | jsonify", "{\"tags\":\"\"}" },
        { "page.emptyish | find: 'tags', empty | jsonify", "{\"tags\":{}}" },
        { "page.animals | find: 'category', 'ear' | jsonify", "null" },
        { "page.movies | find: 'featured', 'true' | map: 'rating' | first", "9.2" },
        // find_exp
        { "page.objects | find_exp: 'item', \"item.color == 'red' or item.size == 'large'\" | jsonify", "{\"color\":\"teal\",\"size\":\"large\"}" },
        { "page.counts | find_exp: 'n', 'n >= 3'", "3" },
        { "page.members | find_exp: 'obj', 'obj.groups contains 1' | map: 'id' | first", "a" },
        // group_by, group_by_exp
        { "page.people | group_by: 'year' | map: 'name' | join: ','", "2016,2019" },
        { "page.people | group_by: 'year' | map: 'size' | join: ','", "2,1" },
        { "page.people | group_by: 'year' | first | map: 'items' | first | map: 'name' | join: ','", "Allison,Amy" },
        { "page.versions | group_by_exp: 'item', \"item.version | split: '.' | first\" | size", "2" },
        { "page.letters | group_by_exp: 'item', 'item' | first | jsonify", "{\"name\":\"a\",\"items\":[\"a\"],\"size\":1}" },
        { "'some string' | group_by_exp: 'la', 'le'", "some string" },
        // sort
        { "page.mixed | sort | join: ','", "1,2,2.2,3" },
        { "page.by_a | sort: 'a' | map: 'a' | join: ','", "1,2,3,4" },
        { "page.decimals | sort: 'a' | map: 'a' | join: ','", ".5,0.65,10" },
        { "page.words_first | sort: 'a' | map: 'a' | join: ','", ".5,0.6,twelve" },
        { "page.digits_text | sort: 'a' | map: 'a' | join: ','", "1,1abc,20" },
        { "page.with_nil | sort: 'a' | jsonify", "[{\"b\":1},{\"a\":1},{\"a\":2}]" },
        { "page.with_nil | sort: 'a', 'first' | jsonify", "[{\"b\":1},{\"a\":1},{\"a\":2}]" },
        { "page.with_nil | sort: 'a', 'last' | jsonify", "[{\"a\":1},{\"a\":2},{\"b\":1}]" },
        { "page.nested | sort: 'a.b' | map: 'a' | map: 'b' | join: ','", "1,2,3" },
        // push, pop, shift, unshift
        { "page.greeting | push: 'bernie' | size", "6" },
        { "page.greeting | pop | join: ' '", "hi there bert and" },
        { "page.greeting | pop: 2 | join: ' '", "hi there bert" },
        { "page.greeting | pop: '2' | join: ' '", "hi there bert" },
        { "page.greeting | shift | join: ' '", "there bert and ernie" },
        { "page.greeting | shift: 2 | join: ' '", "bert and ernie" },
        { "page.greeting | unshift: 'aloha' | first", "aloha" },
        { "'text' | push: 'x'", "text" },
        // to_integer
        { "'142857' | to_integer", "142857" },
        { "nil | to_integer", "0" },
        { "false | to_integer", "0" },
        { "true | to_integer", "1" },
        { "1.42857 | to_integer", "1" },
        { "-1.42857 | to_integer", "-1" },
        // inspect
        { "'string' | inspect", "&quot;string&quot;" },
        { "page.key_value | inspect", "{&quot;&lt;a&gt;&quot;=&gt;1}" },
        // array_to_sentence_string
        { "page.missing | array_to_sentence_string", "" },
        { "page.letters | slice: 0 | array_to_sentence_string", "a" },
        { "page.letters | slice: 0, 2 | array_to_sentence_string", "a and b" },
        { "page.counts | pop | array_to_sentence_string", "1, 2, 3, and 4" },
        { "page.counts | pop | array_to_sentence_string: 'or'", "1, 2, 3, or 4" },
        // normalize_whitespace
        { "'a\n\nb' | normalize_whitespace", "a b" },
        { "'a\t\tb' | normalize_whitespace", "a b" },
        { "'a \t \n\nb' | normalize_whitespace", "a b" },
        { "' a ' | normalize_whitespace", "a" },
        // number_of_words
        { "'hello world and taoky strong!' | number_of_words: 'auto'", "5" },
        { "'hello world and taoky strong!' | number_of_words: 'cjk'", "5" },
        { "'こんにちは、世界！안녕하세요 세상!' | number_of_words: 'auto'", "17" },
        { "'こんにちは、世界！안녕하세요 세상!' | number_of_words: 'cjk'", "17" },
        { "'你好hello世界world' | number_of_words: 'auto'", "6" },
        { "'你好hello世界world' | number_of_words", "1" },
        // escapes
        { "'AT&T' | xml_escape", "AT&amp;T" },
        { "'<code>command &lt;filename&gt;</code>' | xml_escape", "&lt;code&gt;command &amp;lt;filename&amp;gt;&lt;/code&gt;" },
        { "\"it's\" | xml_escape", "it's" },
        { "nil | xml_escape", "" },
        { "'my things' | cgi_escape", "my+things" },
        { "'hey!' | cgi_escape", "hey%21" },
        { "'my things' | uri_escape", "my%20things" },
        { "\"foo!*'();:@&=+$,/?#[]bar\" | uri_escape", "foo!*'();:@&=+$,/?#[]bar" },
        { "\"foo bar!*'();:@&=+$,/?#[]baz\" | uri_escape", "foo%20bar!*'();:@&=+$,/?#[]baz" },
        { "'/tags/日本/' | uri_escape", "/tags/%E6%97%A5%E6%9C%AC/" },
        // slugify (test_filters.rb, then test_utils.rb)
        { "' Q*bert says @!#?@!' | slugify", "q-bert-says" },
        { "' Q*bert says @!#?@!' | slugify: 'pretty'", "q-bert-says-@!-@!" },
        { "'So what is Jekyll, exactly?' | slugify", "so-what-is-jekyll-exactly" },
        { "'5時〜6時 三・一四' | slugify", "5時-6時-三-一四" },
        { "'The _config.yml file?' | slugify: 'pretty'", "the-_config.yml-file" },
        { "'fürtive glance!!!!' | slugify: 'ascii'", "f-rtive-glance" },
        { "'fürtive glance!!!!' | slugify: 'latin'", "furtive-glance" },
        { "'The _config.yml file?' | slugify: 'raw'", "the-_config.yml-file?" },
        { "'The _config.yml file?' | slugify: 'none'", "the _config.yml file?" },
        // smartify
        { "'SmartyPants is *not* Markdown' | smartify", "SmartyPants is *not* Markdown" },
        { "\"\\\"This filter's test...\\\"\" | smartify", "“This filter’s test…”" },
        { "'#hashtag' | smartify", "#hashtag" },
        { "'&rsquo;' | smartify", "’" },
        { "'...\n...' | smartify", "…\n…" },
        { "'Span HTML is <em>not</em> escaped' | smartify", "Span HTML is <em>not</em> escaped" },
        { "'3 < 4' | smartify", "3 &lt; 4" },
        { "'This & that' | smartify", "This &amp; that" },
        { "404 | smartify", "404" },
        { "\"the '80s -- and 'more' --- <<yes>>\" | smartify", "the ’80s – and ‘more’ — «yes»" },
        // dates (the site's time zone is UTC, as the tests' is)
        { "'2013-03-27 11:22:33 +0000' | date_to_string", "27 Mar 2013" },
        { "'2013-03-27 11:22:33 +0000' | date_to_long_string", "27 March 2013" },
        { "'2013-03-27 11:22:33 +0000' | date_to_string: 'ordinal', 'US'", "Mar 27th, 2013" },
        { "'2013-03-27 11:22:33 +0000' | date_to_long_string: 'ordinal'", "27th March 2013" },
        { "'2013-03-27 11:22:33 +0000' | date_to_xmlschema", "2013-03-27T11:22:33+00:00" },
        { "'2013-03-27 11:22:33 +0000' | date_to_rfc822", "Wed, 27 Mar 2013 11:22:33 +0000" },
        { "'2013-03-02' | date_to_string", "02 Mar 2013" },
        { "'2013-03-02' | date_to_long_string", "02 March 2013" },
        { "'2013-03-02' | date_to_string: 'ordinal'", "2nd Mar 2013" },
        { "'2013-03-02' | date_to_long_string: 'ordinal', 'US'", "March 2nd, 2013" },
        { "'2013-03-02' | date_to_string: nil, 'US'", "02 Mar 2013" },
        { "1399680607 | date_to_string", "10 May 2014" },
        { "1399680607 | date_to_rfc822", "Sat, 10 May 2014 00:10:07 +0000" },
        { "'' | date_to_xmlschema", "" },
        { "nil | date_to_xmlschema", "" },
        // URLs (filters/url_filters.rb)
        { "'/about/my_favorite_page/' | absolute_url", "http://example.com/base/about/my_favorite_page/" },
        { "'about/my_favorite_page/' | relative_url", "/base/about/my_favorite_page/" },
        { "'' | relative_url", "/base" },
        { "page | relative_url", "/base/2025/02/13/hello.html" },
        { "'/foo/index.html' | strip_index", "/foo/" },
        { "'/foo/index.htm' | strip_index", "/foo/" },
        { "'/index.html/foo' | strip_index", "/index.html/foo" },
        { "'/foo/' | strip_index", "/foo/" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_filter_prints_what_jekyll_prints(string expression, string expected)
    {
        var result = Render($"{{{{ {expression} }}}}");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Output);
    }

    /// <summary>Jekyll raises on these; here each is the layout's error, in the filter's words.</summary>
    [Theory]
    [InlineData("nil | sort", "sort: cannot sort nothing")]
    [InlineData("page.with_nil | sort: 'a', 'middle'", "sort: 'middle' is not a valid nils order: it must be 'first' or 'last'")]
    [InlineData("'someday' | date_to_string", "date_to_string: 'someday' is not a date")]
    [InlineData("page.counts | where_exp: 'n', 'n >'", "where_exp: 'n >' is not a Liquid expression")]
    [InlineData("page.counts | to_integer", "to_integer: a list or map has no whole number")]
    public void A_value_jekyll_refuses_is_an_error_naming_the_filter(string expression, string message)
    {
        var error = Assert.Single(Render($"{{{{ {expression} }}}}").Diagnostics);

        Assert.Equal(DiagnosticCodes.TemplateRenderError, error.Code);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Jekyll's <c>sample</c> is random; BlogGen's picks by a hash of the page's URL, so every build gives the same page,
    /// and the pick is one of the items (a list of distinct items when a count is given).
    /// </summary>
    [Fact]
    public void Sample_picks_the_same_items_on_every_render()
    {
        var one = Render("{{ page.greeting | sample }}|{{ page.greeting | sample: 5 | sort | join: ',' }}|{{ page.greeting | sample: 2 | size }}");
        var again = Render("{{ page.greeting | sample }}|{{ page.greeting | sample: 5 | sort | join: ',' }}|{{ page.greeting | sample: 2 | size }}");

        Assert.Equal(one.Output, again.Output);
        var parts = one.Output!.Split('|');
        Assert.Contains(parts[0], new[] { "hi", "there", "bert", "and", "ernie" });
        Assert.Equal(("and,bert,ernie,hi,there", "2"), (parts[1], parts[2]));
    }

    private RenderResult Render(string layout)
    {
        _site.With("_layouts/x.html", layout);
        var setup = TemplateSetup.Load(_site);
        return setup.Renderer.RenderLayouts("", "x", setup.Page(PostPath), null, PostPath);
    }
}
