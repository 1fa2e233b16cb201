using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// Conditions as Liquid reads them (Liquid's documentation, "Operators"): <c>contains</c> finds text in text, an item in
/// a list and a key in a map; a chain of <c>and</c> and <c>or</c> is read from the right. A range <c>(a..b)</c> counts
/// up from <c>a</c> to <c>b</c>, and is empty when <c>b</c> is less, as Ruby's.
/// </summary>
public sealed class LiquidConditionsTests : IDisposable
{
    private const string PostPath = "_posts/2025-02-13-hello.md";

    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Site\n")
        .With(PostPath, "---\ntitle: Hello\ntags: [foobar, release]\nnumbers: [1, 2]\nmap: {key: value}\n---\nBody\n");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("page.tags contains 'release'", "yes")]
    [InlineData("page.tags contains 'oob'", "no")] // an item, not a part of one
    [InlineData("page.title contains 'ell'", "yes")]
    [InlineData("page.numbers contains 2", "yes")]
    [InlineData("page.numbers contains 3", "no")]
    [InlineData("page.map contains 'key'", "yes")]
    [InlineData("page.map contains 'value'", "no")]
    [InlineData("page.missing contains 'x'", "no")]
    [InlineData("false and true or true", "no")] // false and (true or true)
    [InlineData("true or false and false", "yes")] // true or (false and false)
    [InlineData("true and false or true", "yes")] // true and (false or true)
    [InlineData("page.tags contains 'release' and page.numbers contains 1", "yes")]
    public void A_condition_holds_as_in_liquid(string condition, string expected)
    {
        _site.With("_layouts/x.html", $"{{% if {condition} %}}yes{{% else %}}no{{% endif %}}");
        var setup = TemplateSetup.Load(_site);

        var result = setup.Renderer.RenderLayouts("", "x", setup.Page(PostPath), null, PostPath);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Output);
    }

    [Theory]
    // the Liquid, what Jekyll writes
    [InlineData("{% for i in (1..0) %}[{{ i }}]{% endfor %}", "")]
    [InlineData("{% assign n = 3 %}{% for i in (n..1) %}[{{ i }}]{% endfor %}", "")]
    [InlineData("{% for i in (2..4) %}[{{ i }}]{% endfor %}", "[2][3][4]")]
    [InlineData("{% for i in (1..1) %}[{{ i }}]{% endfor %}", "[1]")]
    [InlineData("{% assign n = '3' %}{% for i in (1..n) reversed %}{{ i }}{% endfor %}", "321")]
    [InlineData("{% for i in (-1..1) %}{{ i }};{% endfor %}", "-1;0;1;")]
    [InlineData("{% assign r = (1..3) %}{{ r | join: ',' }}", "1,2,3")]
    [InlineData("{% for i in (1..page.numbers.size) %}{{ i }}{% endfor %}", "12")]
    public void A_range_counts_up_as_in_liquid(string liquid, string expected)
    {
        _site.With("_layouts/x.html", liquid);
        var setup = TemplateSetup.Load(_site);

        var result = setup.Renderer.RenderLayouts("", "x", setup.Page(PostPath), null, PostPath);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Output);
    }
}
