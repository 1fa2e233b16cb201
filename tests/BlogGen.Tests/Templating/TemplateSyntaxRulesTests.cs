using BlogGen.Templating;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// A template renders with the rules of its own syntax, whoever includes it: Liquid counts <c>forloop.index</c> from 1,
/// Scriban counts <c>for.index</c> from 0, and Liquid's filter names work in both.
/// </summary>
public sealed class TemplateSyntaxRulesTests : IDisposable
{
    private const string PostPath = "_posts/2025-02-13-hello.md";

    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Site\n")
        .With(PostPath, "---\ntitle: Hello\ntags: [a, b]\n---\nBody\n")
        .With("_includes/liquid.html", "{% for t in page.tags %}{{ forloop.index }}{{ t | upcase }}{% endfor %}")
        .With("_includes/scriban.sbn-html", "{{ for t in page.tags }}{{ for.index }}{{ t | string.upcase }}{{ end }}");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("_layouts/x.html", "{% include liquid.html %}|{% include scriban.sbn-html %}", "1A2B|0A1B")]
    [InlineData("_layouts/x.sbn-html", "{{ include 'liquid.html' }}|{{ include 'scriban.sbn-html' }}", "1A2B|0A1B")]
    [InlineData("_layouts/x.html", "{% for t in page.tags %}{% include scriban.sbn-html %}{{ forloop.index }}{% endfor %}", "0A1B10A1B2")]
    [InlineData("_layouts/x.sbn-html", "{{ 'a<b' | escape }} {{ page.tags | size }} {{ 'a<b' | html.escape }}", "a&lt;b 2 a&lt;b")]
    public void Each_template_follows_its_own_syntax(string layoutFile, string layoutText, string expected)
    {
        _site.With(layoutFile, layoutText);
        var setup = TemplateSetup.Load(_site);

        var result = setup.Renderer.RenderLayouts("", "x", setup.Page(PostPath), null, PostPath);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Output);
    }
}
