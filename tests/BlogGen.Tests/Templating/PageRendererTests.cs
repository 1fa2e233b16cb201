using BlogGen.Diagnostics;
using BlogGen.Templating;
using BlogGen.Tests.TestSupport;

using Scriban.Runtime;

namespace BlogGen.Tests.Templating;

public sealed class PageRendererTests : IDisposable
{
    private const string PostPath = "_posts/2025-02-13-hello.md";

    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Site\ntimezone: Asia/Shanghai\n")
        .With(PostPath, "---\ntitle: Hello\ndate: 2025-02-12T23:55:52.000Z\ntags: [news, 日本]\n---\nBody\n");

    public void Dispose() => _site.Dispose();

    private TemplateSetup Setup() => TemplateSetup.Load(_site);

    private RenderResult Layout(string layoutText, string layoutFile = "_layouts/x.html")
    {
        _site.With(layoutFile, layoutText);
        var setup = Setup();
        return setup.Renderer.RenderLayouts("<p>Body</p>", "x", setup.Page(PostPath), null, PostPath);
    }

    [Fact]
    public void LayoutsWrapTheContentInnermostFirst()
    {
        _site.With("_layouts/post.html", "---\nlayout: base\nclass: wide\n---\n<article class=\"{{ layout.class }}\">{{ content }}</article>")
            .With("_layouts/base.html", "<body><h1>{{ page.title }} · {{ site.title }}</h1>{{ content }}</body>");
        var setup = Setup();

        var result = setup.Renderer.RenderLayouts("<p>Body</p>", "post", setup.Page(PostPath), null, PostPath);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("<body><h1>Hello · Site</h1><article class=\"wide\"><p>Body</p></article></body>", result.Output);
    }

    [Fact]
    public void WithoutALayoutTheContentStaysAsItIs()
    {
        var setup = Setup();

        var result = setup.Renderer.RenderLayouts("<p>Body</p>", null, setup.Page(PostPath), null, PostPath);

        Assert.Equal(("<p>Body</p>", 0), (result.Output, result.Diagnostics.Count));
    }

    [Fact]
    public void AnUnknownLayoutIsTheRequestingDocumentsError()
    {
        var setup = Setup();

        var result = setup.Renderer.RenderLayouts("<p>Body</p>", "nope", setup.Page(PostPath), null, PostPath);

        Assert.Null(result.Output);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.LayoutNotFound, PostPath), (error.Severity, error.Code, error.Path));
        Assert.Contains("layout 'nope' not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenLayoutFailsThePageWithoutRepeatingItsError()
    {
        _site.With("_layouts/post.html", "---\nlayout: post\n---\n{{ content }}");
        var setup = Setup();

        var result = setup.Renderer.RenderLayouts("<p>Body</p>", "post", setup.Page(PostPath), null, PostPath);

        Assert.Null(result.Output);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LayoutCycle, Assert.Single(setup.LibraryDiagnostics).Code);
    }

    [Theory]
    [InlineData("_layouts/x.html", "---\ntitle: X\n---\n<p>fine</p>\n<p>{% include missing.html %}</p>", "_layouts/x.html", 5, 7)]
    [InlineData("_layouts/x.sbn-html", "{{ x = 1\nx.y = 2 }}", "_layouts/x.sbn-html", 2, 3)]
    [InlineData("_layouts/x.html", "{% include broken.html %}", "_includes/broken.html", 3, 7)]
    public void RenderErrorsNameTheFileAndLineWhereTheyHappen(string layoutFile, string layoutText, string path, int line, int column)
    {
        _site.With("_includes/broken.html", "---\n---\n<b>{% include missing.html %}</b>");

        var result = Layout(layoutText, layoutFile);

        Assert.Null(result.Output);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.TemplateRenderError, path, line, column), (error.Severity, error.Code, error.Path, error.Line, error.Column));
        Assert.EndsWith($"(while rendering {PostPath})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingIncludeSaysWhereToPutItAndWhatExists()
    {
        _site.With("_includes/note.html", "n");

        var error = Assert.Single(Layout("{% include missing.html %}").Diagnostics);

        Assert.Contains("include 'missing.html' not found: add it to _includes/ or to the theme's includes/ folder (known: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("head.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("note.html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% include note.html %}", "<aside>[|]</aside>")]
    [InlineData("{% include 'note.html' %}", "<aside>[|]</aside>")]
    [InlineData("{%- include note.html text=\"hi\" n=3 -%}", "<aside>[hi|3]</aside>")]
    [InlineData("{% include note.html text=page.title n='x y' %}", "<aside>[Hello|x y]</aside>")]
    [InlineData("{% include note.html text=\"a\" %}{% include note.html %}", "<aside>[a|]</aside><aside>[|]</aside>")]
    [InlineData("{% include outer.html text=\"out\" %}", "<div><aside>[in|]</aside>out</div>")]
    [InlineData("{% include sets.html %}{{ shared }}", "yes")]
    [InlineData("{% raw %}{% include note.html %}{% endraw %}", "{% include note.html %}")]
    public void JekyllIncludesTakeParametersAsIncludeDotName(string layoutText, string expected)
    {
        _site.With("_includes/note.html", "<aside>[{{ include.text }}|{{ include.n }}]</aside>")
            .With("_includes/outer.html", "<div>{% include note.html text=\"in\" %}{{ include.text }}</div>")
            .With("_includes/sets.html", "{% assign shared = 'yes' %}");

        var result = Layout(layoutText);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Output);
    }

    [Fact]
    public void ScribanLayoutsIncludeWithScribansOwnFunction()
    {
        _site.With("_includes/note.sbn-html", "<aside>{{ page.title }}</aside>");

        var result = Layout("{{ include 'note.sbn-html' }}", "_layouts/x.sbn-html");

        Assert.Equal("<aside>Hello</aside>", result.Output);
    }

    [Theory]
    [InlineData("_layouts/x.html", "{{ page.date }}|{{ site.time }}", "2025-02-13 07:55:52 +0800|2026-11-27 20:00:00 +0800")]
    [InlineData("_layouts/x.sbn-html", "{{ page.date }}|{{ site.time }}", "2025-02-13 07:55:52 +0800|2026-11-27 20:00:00 +0800")]
    [InlineData("_layouts/x.html", "{{ page.date | date: '%Y年%m月%d日' }}", "2025年02月13日")]
    public void DatesPrintAsJekyllPrintsThem(string layoutFile, string layoutText, string expected)
    {
        Assert.Equal(expected, Layout(layoutText, layoutFile).Output);
    }

    [Theory]
    [InlineData("_layouts/x.sbn-html", "{{ page.title = 'Changed' }}{{ page.title }}")]
    [InlineData("_layouts/x.html", "{% assign page.title = 'Changed' %}{{ page.title }}")]
    public void AssigningToThePageChangesOnlyThisRendersCopy(string layoutFile, string layoutText)
    {
        _site.With(layoutFile, layoutText).With("_layouts/plain.html", "{{ page.title }}");
        var setup = Setup();
        var page = setup.Page(PostPath);

        var changing = setup.Renderer.RenderLayouts("", "x", page, null, PostPath);
        var other = setup.Renderer.RenderLayouts("", "plain", page, null, PostPath);

        Assert.Equal(("Changed", "Hello", "Hello"), (changing.Output, other.Output, page["title"]));
    }

    [Theory]
    [InlineData("{{ page.tags[0] = 'x' }}")]
    [InlineData("{{ site.title = 'x' }}")]
    [InlineData("{{ site.posts[0].title = 'x' }}")]
    [InlineData("{{ site.tags.news[0] = 'x' }}")]
    public void SharedValuesInsideThePageAndTheSiteCannotBeChanged(string layoutText)
    {
        _site.With("_layouts/x.sbn-html", layoutText).With("_layouts/plain.html", "{{ site.title }}|{{ page.tags | join: ',' }}|{{ site.posts[0].title }}|{{ site.tags.news[0].title }}");
        var setup = Setup();
        var page = setup.Page(PostPath);

        var changing = setup.Renderer.RenderLayouts("", "x", page, null, PostPath);
        var other = setup.Renderer.RenderLayouts("", "plain", page, null, PostPath);

        Assert.Equal(DiagnosticCodes.TemplateRenderError, Assert.Single(changing.Diagnostics).Code);
        Assert.Equal("Site|news,日本|Hello|Hello", other.Output);
    }

    [Fact]
    public void APaginatorIsSeenWhenGiven()
    {
        _site.With("_layouts/x.html", "{{ paginator.page }}/{{ paginator.total_pages }}");
        var setup = Setup();

        var result = setup.Renderer.RenderLayouts("", "x", setup.Page(PostPath), new ScriptObject { ["page"] = 2, ["total_pages"] = 3 }, PostPath);

        Assert.Equal("2/3", result.Output);
    }

    [Theory]
    [InlineData("Plain text, nothing to render.", "Plain text, nothing to render.")]
    [InlineData("Hello {{ page.title }} on {{ site.title }}", "Hello Hello on Site")]
    [InlineData("{% for tag in page.tags %}#{{ tag }} {% endfor %}", "#news #日本 ")]
    [InlineData("{% include note.html text='hi' %}", "<aside>hi</aside>")]
    [InlineData("{% raw %}{{ not liquid }}{% endraw %}", "{{ not liquid }}")]
    [InlineData("{{ page.date | date_to_xmlschema }}", "2025-02-13T07:55:52+08:00")]
    public void LiquidInContentIsRendered(string body, string expected)
    {
        _site.With("_includes/note.html", "<aside>{{ include.text }}</aside>");
        var setup = Setup();

        var result = setup.Renderer.RenderContent(body, PostPath, 6, setup.Page(PostPath));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Output);
    }

    [Theory]
    [InlineData("第一行\n新闻 {{ 不是模板 | }} 结束", 7, 14)]
    [InlineData("{% if x %}never closed", 6, 4)]
    [InlineData("one\n\n{% include missing.html %}", 8, 4)]
    public void ContentThatIsNotValidLiquidIsKeptAsWrittenWithOneWarning(string body, int line, int column)
    {
        var setup = Setup();

        var result = setup.Renderer.RenderContent(body, PostPath, 6, setup.Page(PostPath));

        Assert.Equal(body, result.Output);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.ContentLiquidRenderedLiterally, PostPath, line, column),
            (warning.Severity, warning.Code, warning.Path, warning.Line, warning.Column));
        Assert.Contains("the text is shown as written", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnErrorInAnIncludeCalledFromContentIsReportedInTheInclude()
    {
        _site.With("_includes/broken.html", "---\n---\n<b>{% include missing.html %}</b>");
        var setup = Setup();

        var result = setup.Renderer.RenderContent("{% include broken.html %}", PostPath, 6, setup.Page(PostPath));

        Assert.Equal("{% include broken.html %}", result.Output);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.ContentLiquidRenderedLiterally, "_includes/broken.html", 3, 7),
            (warning.Severity, warning.Code, warning.Path, warning.Line, warning.Column));
        Assert.Contains($"(while rendering {PostPath})", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentAssigningToThePageDoesNotChangeIt()
    {
        var setup = Setup();
        var page = setup.Page(PostPath);

        var result = setup.Renderer.RenderContent("{% assign page.title = 'x' %}{{ page.title }}", PostPath, 6, page);

        Assert.Equal(("x", "Hello"), (result.Output, page["title"]));
    }

    [Fact]
    public void IncludeIsNilInContentAndHoldsTheParametersInsideAnInclude()
    {
        _site.With("_includes/part.html", "[{{ include.title | default: page.title }}]");
        var setup = Setup();

        var result = setup.Renderer.RenderContent("{{ include.title | default: page.title }}{% include part.html title=\"Posts\" %}{{ include.title }}",
            PostPath, 6, setup.Page(PostPath));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Hello[Posts]", result.Output);
    }
}
