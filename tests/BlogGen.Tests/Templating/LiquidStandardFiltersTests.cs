using System.Text.RegularExpressions;

using BlogGen.Templating;
using BlogGen.Templating.Filters;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// Liquid's standard filters as Jekyll 4 runs them (Shopify Liquid 4.0). Expected values are those of Liquid's own test
/// suite, test/integration/standard_filter_test.rb at v4.0.4, unless a row says otherwise.
/// </summary>
public sealed partial class LiquidStandardFiltersTests : IDisposable
{
    private const string PostPath = "_posts/2025-02-13-hello.md";

    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Site\ntimezone: UTC\n")
        .With(PostPath, "---\ntitle: Hello\ndate: 2006-07-05 10:00:00\n"
            + "items: [{a: 4}, {a: 3}, {}, {a: 1}, {a: 2}]\nwords: [c, D, a, B]\nnums: [1, 1, 3, 2, 3, 1, 4, 3, 2, 1]\n---\nBody\n");

    public void Dispose() => _site.Dispose();

    /// <summary>A Liquid output expression and what it prints.</summary>
    public static TheoryData<string, string> Rows => new()
    {
        { "'foobar' | size", "6" },
        { "page.words | size", "4" },
        { "nil | size", "0" },
        { "'Testing' | downcase", "testing" },
        { "'Testing' | upcase", "TESTING" },
        { "'my GREAT title' | capitalize", "My great title" }, // Ruby's String#capitalize
        { "'foobar' | slice: 1, 3", "oob" },
        { "'foobar' | slice: -2, 2", "ar" },
        { "'foobar' | slice: -1", "r" },
        { "'foobar' | slice: 100, 10", "" },
        { "page.words | slice: 1, 2 | join: ','", "D,a" },
        { "'1234567890' | truncate: 7", "1234..." },
        { "'1234567890' | truncate: 20", "1234567890" },
        { "'1234567890' | truncate: 0", "..." },
        { "'测试测试测试测试' | truncate: 5", "测试..." },
        { "'1234567890' | truncate: 5, '1'", "12341" },
        { "'one two three' | truncatewords: 4", "one two three" },
        { "'one two three' | truncatewords: 2", "one two..." },
        { "'one two three' | truncatewords: 2, '1'", "one two1" },
        { "'测试测试测试测试' | truncatewords: 5", "测试测试测试测试" },
        { "'12~34' | split: '~' | join: ','", "12,34" },
        { "'A? ~ ~ ~ ,Z' | split: '~ ~ ~' | join: '|'", "A? | ,Z" },
        { "'a,b,,' | split: ',' | size", "2" }, // Ruby's String#split drops trailing empty strings
        { "'<strong>' | escape", "&lt;strong&gt;" },
        { "\"it's\" | escape", "it&#39;s" },
        { "'<strong>' | h", "&lt;strong&gt;" },
        { "'&lt;strong&gt;Hulk</strong>' | escape_once", "&lt;strong&gt;Hulk&lt;/strong&gt;" },
        { "'foo+1@example.com' | url_encode", "foo%2B1%40example.com" },
        { "'foo+bar' | url_decode", "foo bar" },
        { "'foo%2B1%40example.com' | url_decode", "foo+1@example.com" },
        { "\"<div id='test'>test</div>\" | strip_html", "test" },
        { "'<!-- foo bar \n test -->test' | strip_html", "test" },
        { "'<p>Tom &amp; Jerry: &lt;script&gt;</p>' | strip_html", "Tom &amp; Jerry: &lt;script&gt;" }, // entities stay, as in Liquid
        { "'foobar' | slice: -3, 2", "ba" },
        { "page.nums | join", "1 1 3 2 3 1 4 3 2 1" },
        { "page.words | join: ' - '", "c - D - a - B" },
        { "page.words | sort | join", "B D a c" },
        { "page.items | sort: 'a' | map: 'a' | join: ','", ",1,2,3,4" }, // Jekyll's sort: nils first by default
        { "page.words | sort_natural | join", "a B c D" },
        { "page.items | sort_natural: 'a' | map: 'a' | join: ','", "1,2,3,4," },
        { "page.nums | uniq | join", "1 3 2 4" },
        { "page.items | uniq: 'a' | size", "5" },
        { "page.items | compact: 'a' | size", "4" },
        { "page.items | map: 'a' | compact | join", "4 3 1 2" },
        { "page.words | reverse | join", "B a D c" },
        { "page.items | map: 'a' | join: ','", "4,3,,1,2" },
        { "page.words | first", "c" },
        { "page.words | last", "B" },
        { "page.date | date: '%B'", "July" },
        { "'2006-07-05 10:00:00' | date: '%m/%d/%Y'", "07/05/2006" },
        { "1152098955 | date: '%m/%d/%Y'", "07/05/2006" },
        { "'' | date: '%B'", "" },
        { "'1 1 1 1' | replace: '1', 2", "2 2 2 2" },
        { "'1 1 1 1' | replace_first: '1', 2", "2 1 1 1" },
        { "'a a a a' | remove: 'a'", "   " },
        { "'a a a a' | remove_first: 'a '", "a a a" },
        { "' \tab c  \n \t' | strip", "ab c" },
        { "' ab c  ' | lstrip", "ab c  " },
        { "' ab c  ' | rstrip", " ab c" },
        { "'a\r\nb\nc' | strip_newlines", "abc" },
        { "'a\nb\nc' | newline_to_br", "a<br />\nb<br />\nc" },
        { "1 | plus: 1", "2" },
        { "'1' | plus: '1.0'", "2.0" },
        { "5 | minus: 1", "4" },
        { "'4.3' | minus: '2'", "2.3" },
        { "-17 | abs", "17" },
        { "'-17.42' | abs", "17.42" },
        { "3 | times: 4", "12" },
        { "'foo' | times: 4", "0" },
        { "14 | divided_by: 3", "4" },
        { "2.0 | divided_by: 4", "0.5" },
        { "-7 | divided_by: 2", "-4" }, // Ruby's Integer#/ rounds down
        { "3 | modulo: 2", "1" },
        { "-7 | modulo: 3", "2" }, // Ruby's Integer#% takes the divisor's sign
        { "4.6 | round", "5" },
        { "2.5 | round", "3" }, // Ruby's Float#round rounds half away from zero
        { "'4.3' | round", "4" },
        { "4.5612 | round: 2", "4.56" },
        { "4.6 | ceil", "5" },
        { "'4.3' | ceil", "5" },
        { "4.6 | floor", "4" },
        { "5 | at_most: 4", "4" },
        { "4.5 | at_most: 5", "4.5" },
        { "5 | at_least: 6", "6" },
        { "4.5 | at_least: 5", "5" },
        { "'bc' | append: 'd'", "bcd" },
        { "'bc' | prepend: 'a'", "abc" },
        { "page.words | concat: page.words | size", "8" },
        { "'foo' | default: 'bar'", "foo" },
        { "nil | default: 'bar'", "bar" },
        { "'' | default: 'bar'", "bar" },
        { "false | default: 'bar'", "bar" },
        { "page.missing | default: 'bar'", "bar" },
        { "page.words", "cDaB" }, // a list prints as its items joined, as Liquid prints it
        { "2.0", "2.0" }, // a float prints as Ruby prints it
    };

    [Fact]
    public void Every_liquid_filter_has_a_row()
    {
        var used = Rows.SelectMany(row => FilterName().Matches((string)row[0]).Select(match => match.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(LiquidFilters.ToScriptObject().Keys.Where(name => !used.Contains(name)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_standard_filter_prints_what_liquid_prints(string expression, string expected)
    {
        _site.With("_layouts/x.html", $"{{{{ {expression} }}}}");
        var setup = TemplateSetup.Load(_site);

        var result = setup.Renderer.RenderLayouts("", "x", setup.Page(PostPath), null, PostPath);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Output);
    }

    [GeneratedRegex(@"\|\s*(?<name>\w+)")]
    private static partial Regex FilterName();
}
