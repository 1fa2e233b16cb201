using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// <c>layout</c> in a layout is its own front matter under that of the layouts it wraps, as Jekyll merges them (checked
/// against <c>jekyll build</c>): a parent layout reads what its child set, maps merged key by key.
/// </summary>
public sealed class LayoutVariableTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Layouts\nplugins: [jekyll-feed]\n")
        .With("_layouts/a.html", "---\nlayout: b\nx: child\nm:\n  p: child\n---\nA[{{ layout.x }}]{{ content }}")
        .With("_layouts/b.html", "---\nx: parent\ny: parent\nm:\n  p: parent\n  q: parent\n---\nB[{{ layout.x }}|{{ layout.y }}|{{ layout.m.p }}|{{ layout.m.q }}]{{ content }}")
        .With("index.html", "---\nlayout: a\n---\nbody");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AParentLayoutSeesWhatItsChildLayoutSet()
    {
        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal("B[child|parent|child|parent]A[child]body", _site.Output("index.html"));
    }
}
