using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// Liquid's names may hold dashes (<c>site.adsense-data-ad-client</c>, <c>page.my-var</c>), as themes name their
/// settings (mediumish); Jekyll reads each as one name, and so does BlogGen, wherever a name is read.
/// </summary>
public sealed class LiquidDashedNamesTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Dashes\nplugins: [jekyll-feed]\nad-client: pub-1\nsocial:\n  dark-mode:\n    color-name: black\nwithout-plugin: [a, b]\n")
        .With("_includes/show.html", "[{{ include.value }}]")
        .With("_layouts/default.html", "{{ content }}");

    public void Dispose() => _site.Dispose();

    [Theory]
    // the Liquid, what Jekyll writes
    [InlineData("{{ site.ad-client }}", "pub-1")]
    [InlineData("{{ site.social.dark-mode.color-name | upcase }}", "BLACK")]
    [InlineData("{% if page.my-var %}{{ page.my-var }}{% endif %}", "x")]
    [InlineData("{% for w in site.without-plugin %}{{ w }}{% endfor %}", "ab")]
    [InlineData("{% assign v = page.my-var | append: '.b-c' %}{{ v }}", "x.b-c")]
    [InlineData("{% include show.html value=site.ad-client %}", "[pub-1]")]
    [InlineData("{{ site.pages | where_exp: 'p', 'p.my-var == \"x\"' | size }}", "1")]
    [InlineData("{{ site.no-such | default: 'none' }}", "none")]
    [InlineData("{% assign my-count = 2 %}{{ my-count }}", "2")]
    public void ADashInANameIsPartOfTheName(string liquid, string expected)
    {
        _site.With("index.html", "---\nlayout: default\nmy-var: x\n---\n" + liquid);

        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal(expected, _site.Output("index.html"));
    }
}
