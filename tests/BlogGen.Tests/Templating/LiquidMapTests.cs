using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// A map from the configuration, data or front matter loops as Jekyll's Liquid loops over a hash: pairs of key and value,
/// in the order written (just-the-docs makes its callout styles so); it is still read by key.
/// </summary>
public sealed class LiquidMapTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Maps\nplugins: [jekyll-feed]\ncallouts:\n  warning:\n    color: red\n  note:\n    color: blue\n")
        .With("_data/people.yml", "zed: Zed\nann: Ann\n")
        .With("_layouts/default.html", "{{ content }}");

    public void Dispose() => _site.Dispose();

    [Theory]
    // the Liquid, what Jekyll writes
    [InlineData("{% for c in site.callouts %}{{ c[0] }}={{ c[1].color }};{% endfor %}", "warning=red;note=blue;")]
    [InlineData("{% for p in site.data.people %}{{ p[0] }}:{{ p[1] }} {% endfor %}", "zed:Zed ann:Ann ")]
    [InlineData("{% for m in page.map %}{{ m | first }}{{ m | last }}{% endfor %}", "b2a1")]
    [InlineData("{{ site.callouts.note.color }} {{ site.callouts.size }}", "blue 2")]
    [InlineData("{{ site.callouts.first[0] }} {{ site.callouts.first[1].color }} {{ page.map.first | first }}", "warning red b")]
    [InlineData("{% if site.data.people.first[0] == null %}none{% else %}{{ site.data.people.first[1] }}{% endif %}", "Zed")]
    [InlineData("{% if site.categories.first[0] == null %}none{% endif %}{{ site.tags.first }}", "none")]
    public void AMapLoopsAsPairsInTheOrderWritten(string liquid, string expected)
    {
        _site.With("index.html", "---\nlayout: default\nmap:\n  b: 2\n  a: 1\n---\n" + liquid);

        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal(expected, _site.Output("index.html"));
    }
}
