using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>What <c>{% capture %}</c> holds is text, as in Liquid (each row checked against <c>jekyll build</c>), in a layout and in a body.</summary>
public sealed class LiquidCaptureTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Captures\nplugins: [jekyll-feed]\n")
        .With("_layouts/default.html", "{{ content }}");

    public void Dispose() => _site.Dispose();

    [Theory]
    // the Liquid, what Jekyll writes
    [InlineData("{% capture k %}abc{% endcapture %}{{ k | size }} {{ k.size }}", "3 3")]
    [InlineData("{% capture k %}a{% if true %}b{% endif %}{% endcapture %}{% if k == 'ab' %}equal{% endif %}", "equal")]
    [InlineData("{% capture k %}ab{% endcapture %}{{ k | jsonify }}", "\"ab\"")]
    [InlineData("{% capture k %}x -->y{% endcapture %}{{ k | split: '-->' | first | size }}", "2")]
    public void ACaptureHoldsText(string liquid, string expected)
    {
        _site.With("_layouts/t.html", liquid).With("index.html", "---\nlayout: t\n---\n").With("body.html", "---\nlayout: default\n---\n" + liquid);

        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal((expected, expected), (_site.Output("index.html"), _site.Output("body.html")));
    }
}
