using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

public sealed class TemplateLibraryTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private TemplateSetup WithLayouts(params (string Name, string? Parent)[] layouts)
    {
        foreach (var (name, parent) in layouts)
        {
            _site.With($"_layouts/{name}.html", (parent is null ? "" : $"---\nlayout: {parent}\n---\n") + $"<{name}>{{{{ content }}}}</{name}>");
        }
        return TemplateSetup.Load(_site);
    }

    private static string ChainOf(TemplateSetup setup, string name) =>
        setup.Library.Chain(name) is { } chain ? string.Join(" ", chain.Select(t => t.Source.Name)) : "broken";

    [Fact]
    public void ChainsAreInnermostFirst()
    {
        var setup = WithLayouts(("post", "wide"), ("wide", "base"), ("base", null), ("single", null));

        Assert.Empty(setup.LibraryDiagnostics);
        Assert.Equal(
            ["post wide base", "wide base", "base", "single"],
            [ChainOf(setup, "post"), ChainOf(setup, "wide"), ChainOf(setup, "base"), ChainOf(setup, "single")]);
    }

    [Fact]
    public void BuiltInLayoutsChainToTheSitesOwnParent()
    {
        var setup = WithLayouts(("default", null));

        Assert.Equal("post default", ChainOf(setup, "post"));
        Assert.Equal("_layouts/default.html", setup.Library.Chain("post")![1].Source.DisplayPath);
    }

    [Fact]
    public void AMissingParentIsReportedOnceWhereItIsNamed()
    {
        var setup = WithLayouts(("post", "wide"), ("wide", "gone"), ("page", "wide"));

        var error = Assert.Single(setup.LibraryDiagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.LayoutNotFound, "_layouts/wide.html"), (error.Severity, error.Code, error.Path));
        Assert.Contains("layout 'gone' not found", error.Message, StringComparison.Ordinal);
        Assert.Equal(["broken", "broken", "broken"], [ChainOf(setup, "post"), ChainOf(setup, "wide"), ChainOf(setup, "page")]);
        Assert.True(setup.Library.HasLayout("wide"));
    }

    [Theory]
    [InlineData("a", "a -> a")]
    [InlineData("b", "a -> b -> a")]
    [InlineData("c", "a -> b -> c -> a")]
    public void ACycleIsReportedOnceWhicheverLayoutLeadsIntoIt(string cycleLength, string expected)
    {
        (string, string?)[] layouts = cycleLength switch
        {
            "a" => [("a", "a"), ("into", "a")],
            "b" => [("b", "a"), ("a", "b"), ("into", "b"), ("also", "into")],
            _ => [("c", "a"), ("b", "c"), ("a", "b"), ("into", "c")],
        };
        var setup = WithLayouts(layouts);

        var error = Assert.Single(setup.LibraryDiagnostics);
        Assert.Equal((DiagnosticCodes.LayoutCycle, "_layouts/a.html"), (error.Code, error.Path));
        Assert.Contains($"layouts form a cycle ({expected})", error.Message, StringComparison.Ordinal);
        Assert.All(layouts, layout => Assert.Equal("broken", ChainOf(setup, layout.Item1)));
    }

    [Theory]
    [InlineData("_layouts/x.html", "---\nlayout: null\ntitle: X\n---\n<p>ok</p>\n<p>{{ page.title | }}</p>\n", 6, 20)]
    [InlineData("_layouts/x.html", "<p>{{ page.title | }}</p>\n", 1, 20)]
    [InlineData("_layouts/x.html", "---\n---\n{% include head.html %}<p>{{ page.title | }}</p>\n", 3, 43)]
    [InlineData("_layouts/x.html", "---\n---\n{% include note.html a=\"1\" b=page.x %} {{ page.title | }}\n", 3, 56)]
    [InlineData("_layouts/x.html", "a\nb\n{% if page.title %}\n", 3, 4)]
    [InlineData("_layouts/x.sbn-html", "---\nx: 1\n---\n\n  {{ if page.title }}\n", 5, 22)]
    [InlineData("_includes/bad.html", "line one\n{{ 'x' | }}\n", 2, 10)]
    public void SyntaxErrorsPointAtTheFilesOwnLineAndColumn(string path, string text, int line, int column)
    {
        _site.With(path, text);

        var error = Assert.Single(TemplateSetup.Load(_site).LibraryDiagnostics);

        Assert.Equal((Severity.Error, DiagnosticCodes.TemplateSyntaxError, path, line, column), (error.Severity, error.Code, error.Path, error.Line, error.Column));
        Assert.EndsWith(": fix the template syntax at this place", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALayoutWithASyntaxErrorIsNotAlsoReportedAsMissingByItsChildren()
    {
        _site.With("_layouts/base.html", "{{ content | }}").With("_layouts/post.html", "---\nlayout: base\n---\n{{ content }}");

        var setup = TemplateSetup.Load(_site);

        Assert.Equal([DiagnosticCodes.TemplateSyntaxError], setup.LibraryDiagnostics.Select(d => d.Code));
        Assert.Equal(("broken", "broken"), (ChainOf(setup, "post"), ChainOf(setup, "base")));
        Assert.True(setup.Library.HasLayout("base"));
    }

    [Fact]
    public void BrokenLayoutFrontMatterIsReported()
    {
        _site.With("_layouts/post.html", "---\nlayout: [unclosed\n---\n{{ content }}");

        var setup = TemplateSetup.Load(_site);

        Assert.Equal([(DiagnosticCodes.FrontMatterYamlError, "_layouts/post.html")], setup.LibraryDiagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal("broken", ChainOf(setup, "post"));
    }

    [Fact]
    public void AnUnknownLayoutHasNoChain()
    {
        var setup = TemplateSetup.Load(_site);

        Assert.Null(setup.Library.Chain("nope"));
        Assert.False(setup.Library.HasLayout("nope"));
    }

    [Fact]
    public void LayoutFrontMatterAndFirstLineAreKept()
    {
        _site.With("_layouts/wide.html", "---\nlayout: base\nwidth: 80\n---\n{{ content }}").With("_layouts/base.html", "{{ content }}");

        var wide = TemplateSetup.Load(_site).Library.Chain("wide")![0];

        Assert.Equal(("base", 80L, 5), (wide.Parent, wide.FrontMatter["width"], wide.FirstLine));
    }
}
