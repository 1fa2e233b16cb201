using BlogGen.Building;
using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// <c>{% include_relative %}</c> as Jekyll 4.3 runs it (each case checked against <c>jekyll build</c>): the file is looked
/// up in the folder of the page being rendered, from its body, its layout or an include alike (a post's folder is
/// <c>_posts/</c>); it is read whole, front matter and all; a missing file or a name leaving the folder is an error at
/// the tag, and the rest of the site is built; an edit to the file shows in the next build.
/// </summary>
public sealed class IncludeRelativeTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Relative\nplugins: [jekyll-feed]\n")
        .With("_layouts/default.html", "<main>{{ content }}</main><footer>{% include_relative foot.txt %}</footer>")
        .With("_includes/nav.html", "<em>{% include_relative nav.txt %}</em>")
        .With("foot.txt", "root foot")
        .With("nav.txt", "root nav")
        .With("docs/foot.txt", "docs foot")
        .With("docs/sub/part.txt", "part of {{ page.title }}")
        .With("_posts/foot.txt", "posts foot of {{ page.title }}")
        .With("_snippets/note.md", "---\ntitle: Note\n---\nnote {{ include.who }}")
        .With("index.html", "---\nlayout: default\ntitle: Home\n---\n<p>{% include_relative _snippets/note.md who=\"me\" %}</p>{% include nav.html %}")
        .With("docs/page.html", "---\nlayout: default\ntitle: Docs\n---\n<p>{% include_relative sub/part.txt %}</p>")
        .With("_posts/2024-01-01-hello.html", "---\nlayout: default\ntitle: Hello\n---\n<p>{% include_relative foot.txt %}</p>");

    public void Dispose() => _site.Dispose();

    [Theory]
    // the page, what Jekyll writes for it
    [InlineData("index.html", "<main><p>---\ntitle: Note\n---\nnote me</p><em>root nav</em></main><footer>root foot</footer>")]
    [InlineData("docs/page.html", "<main><p>part of Docs</p></main><footer>docs foot</footer>")]
    [InlineData("2024/01/01/hello.html", "<main><p>posts foot of Hello</p></main><footer>posts foot of Hello</footer>")]
    public void TheFileIsTheOneBesideThePageBeingRendered(string page, string expected)
    {
        var result = _site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(expected, _site.Output(page));
    }

    [Fact]
    public void AFileReadByIncludeRelativeMayIncludeAnotherBesideThePage()
    {
        _site.With("docs/outer.txt", "outer [{% include_relative inner.txt %}]").With("docs/inner.txt", "inner of {{ page.title }}")
            .With("docs/page.html", "---\nlayout: default\ntitle: Docs\n---\n<p>{% include_relative outer.txt %}</p>");

        var result = _site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("<p>outer [inner of Docs]</p>", _site.Output("docs/page.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkToAFileOutsideTheSiteIsNotFollowed()
    {
        using var outside = new TempSite().With("secret.txt", "SECRET OUTSIDE");
        File.CreateSymbolicLink(_site.PathOf("docs/linked.txt"), outside.PathOf("secret.txt"));
        _site.With("docs/page.html", "---\nlayout: default\ntitle: Docs\n---\n<p>{% include_relative linked.txt %}</p>");

        var result = _site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.IncludeRelativeNotFound && d.Path == "docs/linked.txt"
            && d.Message.Contains("symbolic link to outside the source folder", StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET", _site.Output("docs/page.html"), StringComparison.Ordinal);
    }

    [Theory]
    // the tag, the line of the error in docs/page.html, what it says
    [InlineData("{% include_relative nope.txt %}", 5, "include_relative 'nope.txt' not found: there is no file docs/nope.txt")]
    [InlineData("{% include_relative ../foot.txt %}", 5, "include_relative '../foot.txt' is not a name Jekyll allows")]
    [InlineData("{% include_relative ./sub/part.txt %}", 5, "include_relative './sub/part.txt' is not a name Jekyll allows")]
    public void AFileThatIsNotThereOrOutsideThePagesFolderIsAnErrorAtTheTagAndTheRestIsBuilt(string tag, int line, string message)
    {
        _site.With("docs/page.html", $"---\nlayout: default\ntitle: Docs\n---\n<p>{tag}</p>");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.IncludeRelativeNotFound, "docs/page.html", line), (error.Code, error.Path, error.Line));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(tag, _site.Output("docs/page.html"), StringComparison.Ordinal);
        Assert.Equal("<main><p>posts foot of Hello</p></main><footer>posts foot of Hello</footer>", _site.Output("2024/01/01/hello.html"));
    }

    [Fact]
    public void AMissingFileInALayoutIsAnErrorThere()
    {
        File.Delete(_site.PathOf("docs/foot.txt"));

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.IncludeRelativeNotFound, "_layouts/default.html", 1), (error.Code, error.Path, error.Line));
        Assert.Contains("docs/foot.txt", error.Message, StringComparison.Ordinal);
        Assert.False(_site.HasOutput("docs/page.html"));
        Assert.True(_site.HasOutput("index.html"));
    }

    [Fact]
    public void AnEditToTheFileShowsInTheNextBuildOfASession()
    {
        var session = new BuildSession();
        _site.Build(session);
        _site.With("_snippets/note.md", "changed {{ include.who }}");

        SiteBuilder.Build(new BuildOptions(_site.Root, null, new ConfigOverrides { BuildTime = TempSite.DefaultBuildTime })
        {
            Session = session,
            Changed = [_site.PathOf("_snippets/note.md")],
        });

        Assert.StartsWith("<main><p>changed me</p>", _site.Output("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditToAFileOutsideTheScannedSourceShowsInTheNextBuildOnItsOwn()
    {
        var saved = DateTime.UtcNow.AddDays(-1);
        foreach (var file in Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, saved);
        }
        _site.Build();
        // A file in an `_` folder is not among the sources a build's stamp looks at: that build leaves no stamp.
        Assert.False(File.Exists(BuildStampFile.PathIn(_site.Root)));
        _site.With("_snippets/note.md", "edited");
        File.SetLastWriteTimeUtc(_site.PathOf("_snippets/note.md"), saved.AddHours(1));

        var second = _site.Build();

        Assert.False(second.NothingChanged);
        Assert.Equal("<main><p>edited</p><em>root nav</em></main><footer>root foot</footer>", _site.Output("index.html"));
    }
}
