using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

using static BlogGen.Tests.Content.ScannedSite;

namespace BlogGen.Tests.Content;

public sealed class SourceScannerTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("_posts/2025-01-01-a.md", "post")]
    [InlineData("_posts/2025/deep/2025-01-01-a.md", "post")]
    [InlineData("_posts/notes.txt", "post")]
    [InlineData("_drafts/idea.md", "draft")]
    [InlineData("_layouts/post.html", "layout")]
    [InlineData("_layouts/sub/wide.html", "layout")]
    [InlineData("_includes/head.html", "include")]
    [InlineData("_includes/_partial.html", "include")]
    [InlineData("index.md", "other")]
    [InlineData("about/index.html", "other")]
    [InlineData("assets/css/site.css", "other")]
    [InlineData("CNAME", "other")]
    [InlineData("docs/themes/x.md", "other")]
    [InlineData("docs/_site/x.md", "none")]
    [InlineData("vendor/app.js", "other")]
    [InlineData("_config.yml", "none")]
    [InlineData("_data/nav.yml", "none")]
    [InlineData("_private/a.md", "none")]
    [InlineData("_site/index.html", "none")]
    [InlineData(".bloggen-cache/x.json", "none")]
    [InlineData("themes/default/layouts/post.html", "none")]
    [InlineData(".hidden.md", "none")]
    [InlineData(".git/config", "none")]
    [InlineData("notes/.DS_Store", "none")]
    [InlineData("notes/_partial.md", "none")]
    [InlineData("about.md~", "none")]
    [InlineData("~$draft.md", "none")]
    [InlineData("#about.md#", "none")]
    [InlineData("node_modules/x/index.js", "none")]
    [InlineData("Gemfile", "none")]
    [InlineData("vendor/bundle/x.rb", "none")]
    [InlineData("_posts/.2025-01-01-a.md.swp", "none")]
    [InlineData("_posts/2025-01-01-a.md~", "none")]
    [InlineData("_posts/_template.md", "none")]
    [InlineData("_drafts/idea.md~", "none")]
    [InlineData("_layouts/post.html~", "none")]
    [InlineData("_includes/.head.html.swp", "none")]
    public void SortsEachFileByWhatItIsFor(string path, string expected)
    {
        _site.With(path, "---\n---\n");

        Assert.Equal(expected, KindOf(Scan(_site), path));
    }

    [Theory]
    [InlineData("private", "private/a.md", "none")]
    [InlineData("private/", "private/a.md", "none")]
    [InlineData("./private", "private/a.md", "none")]
    [InlineData("private", "private-not/a.md", "other")]
    [InlineData("notes/draft.md", "notes/draft.md", "none")]
    [InlineData("notes/draft.md", "notes/other.md", "other")]
    [InlineData("*.sh", "scripts/deploy.sh", "none")]
    [InlineData("**/*.bak", "a/b/c.bak", "none")]
    [InlineData("_posts/old", "_posts/old/2020-01-01-a.md", "none")]
    [InlineData("_posts/old", "_posts/2020-01-01-a.md", "post")]
    [InlineData("_layouts/unused.html", "_layouts/unused.html", "none")]
    [InlineData("_drafts", "_drafts/idea.md", "none")]
    public void ExcludeLeavesOutMatchingFilesAndFolders(string pattern, string path, string expected)
    {
        _site.With("_config.yml", $"exclude: ['{pattern}']\n").With(path, "---\n---\n");

        Assert.Equal(expected, KindOf(Scan(_site), path));
    }

    [Theory]
    [InlineData(".well-known", ".well-known/security.txt", "other")]
    [InlineData(".well-known", ".well-known/nested/x.txt", "other")]
    [InlineData(".htaccess", ".htaccess", "other")]
    [InlineData(".htaccess", "blog/.htaccess", "other")]
    [InlineData("_redirects", "_redirects", "other")]
    [InlineData("_pages", "_pages/about.md", "other")]
    [InlineData(".well-known", ".other/x.txt", "none")]
    [InlineData("node_modules/kept", "node_modules/dropped/a.js", "none")]
    public void IncludeBringsBackWhatWouldBeLeftOut(string pattern, string path, string expected)
    {
        _site.With("_config.yml", $"include: ['{pattern}']\n").With(path, "x");

        Assert.Equal(expected, KindOf(Scan(_site), path));
    }

    [Theory]
    [InlineData("public", "public/index.html", "none")]
    [InlineData("public", "public-notes/a.md", "other")]
    [InlineData("out/site", "out/site/index.html", "none")]
    [InlineData("out/site", "out/notes.md", "other")]
    [InlineData("_site", "_site/index.html", "none")]
    public void TheDestinationInsideTheSourceIsNotContentWhateverItsName(string destination, string path, string expected)
    {
        _site.With(path, "x");

        var tree = Scan(_site, destination: _site.PathOf(destination));

        Assert.Equal(expected, KindOf(tree, path));
    }

    [Fact]
    public void ADestinationOutsideTheSourceHidesNothing()
    {
        using var elsewhere = new TempSite();
        _site.With("public/index.html", "x");

        Assert.Equal("other", KindOf(Scan(_site, destination: elsewhere.PathOf("public")), "public/index.html"));
    }

    [Fact]
    public void ListsAreInOrdinalPathOrderWhateverTheOrderFilesWereWritten()
    {
        string[] paths = ["b.md", "a-b.md", "a/b.md", "B.md", "_posts/2025-02-01-b.md", "_posts/2025/2025-01-01-a.md",
            "_posts/2025-01-01-z.md", "é.md", "日本.md", "_layouts/post.html", "_layouts/default.html"];
        foreach (var path in paths)
        {
            _site.With(path, "x");
        }

        var first = Describe(Scan(_site));

        Assert.Equal(
            [
                "post _posts/2025-01-01-z.md", "post _posts/2025-02-01-b.md", "post _posts/2025/2025-01-01-a.md",
                "other B.md", "other a-b.md", "other a/b.md", "other b.md", "other é.md", "other 日本.md",
                "layout _layouts/default.html", "layout _layouts/post.html",
            ],
            first);
        Assert.Equal(first, Describe(Scan(_site)));
    }

    [Fact]
    public void RelativePathsUseForwardSlashesAndFullPathsPointAtTheFile()
    {
        _site.With("_posts/2025/2025-01-01-a.md", "x");

        var post = Assert.Single(Scan(_site).Posts);

        Assert.Equal("_posts/2025/2025-01-01-a.md", post.RelativePath);
        Assert.Equal(_site.PathOf("_posts/2025/2025-01-01-a.md"), post.FullPath);
    }

    [Fact]
    public void TheDataFolderIsNamedEvenWhenItDoesNotExist()
    {
        Assert.Equal(_site.PathOf("_data"), Scan(_site).DataDirectory);
    }

    [Theory]
    [InlineData("page.md", "other")]
    [InlineData("_posts/2025-01-01-linked.md", "post")]
    [InlineData("_layouts/linked.html", "layout")]
    public void ASymbolicLinkToAFileInsideTheSourceIsFollowed(string link, string expected)
    {
        _site.With("shared/target.md", "---\n---\n");
        Directory.CreateDirectory(Path.GetDirectoryName(_site.PathOf(link))!);
        File.CreateSymbolicLink(_site.PathOf(link), _site.PathOf("shared/target.md"));

        var tree = Scan(_site);

        Assert.Equal(expected, KindOf(tree, link));
        Assert.Empty(tree.Diagnostics);
    }

    [Theory]
    [InlineData("page.md", "page.md")]
    [InlineData("_posts/2025-01-01-linked.md", "_posts/2025-01-01-linked.md")]
    [InlineData("_includes/linked.html", "_includes/linked.html")]
    public void ASymbolicLinkToAFileOutsideTheSourceIsReportedAndNotFollowed(string link, string reported)
    {
        using var outside = new TempSite();
        outside.With("secret.md", "---\n---\n");
        Directory.CreateDirectory(Path.GetDirectoryName(_site.PathOf(link))!);
        File.CreateSymbolicLink(_site.PathOf(link), outside.PathOf("secret.md"));

        var tree = Scan(_site);

        Assert.Equal("none", KindOf(tree, link));
        var warning = Assert.Single(tree.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.SymlinkSkipped, reported), (warning.Severity, warning.Code, warning.Path));
        Assert.Contains("outside the source folder", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("linked", true)]
    [InlineData("linked", false)]
    [InlineData("_posts", true)]
    [InlineData("_posts/linked", true)]
    [InlineData("_layouts", false)]
    public void ASymbolicLinkToAFolderIsReportedAndNotFollowed(string link, bool targetInside)
    {
        using var outside = new TempSite();
        var target = targetInside ? _site.PathOf("real") : outside.PathOf("real");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "2025-01-01-a.md"), "---\n---\n");
        Directory.CreateDirectory(Path.GetDirectoryName(_site.PathOf(link))!);
        Directory.CreateSymbolicLink(_site.PathOf(link), target);

        var tree = Scan(_site);

        Assert.DoesNotContain(Describe(tree), entry => entry.Contains(link + "/", StringComparison.Ordinal));
        var warning = Assert.Single(tree.Diagnostics, d => d.Path == link);
        Assert.Equal((Severity.Warning, DiagnosticCodes.SymlinkSkipped), (warning.Severity, warning.Code));
        Assert.Contains("a symbolic link to a folder is not followed", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenSymbolicLinkIsReportedAsSuch()
    {
        File.CreateSymbolicLink(_site.PathOf("gone.md"), _site.PathOf("nothing-here.md"));

        var warning = Assert.Single(Scan(_site).Diagnostics);

        Assert.Equal((DiagnosticCodes.SymlinkSkipped, "gone.md"), (warning.Code, warning.Path));
        Assert.Contains("does not exist", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SymbolicLinksThatPointAtEachOtherAreReportedNotFatal()
    {
        File.CreateSymbolicLink(_site.PathOf("a.md"), _site.PathOf("b.md"));
        File.CreateSymbolicLink(_site.PathOf("b.md"), _site.PathOf("a.md"));
        _site.With("c.md", "x");

        var tree = Scan(_site);

        Assert.Equal(["other c.md"], Describe(tree));
        Assert.Equal(["a.md", "b.md"], tree.Diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void SymbolicLinksThatAreNotContentAnywayAreNotReported()
    {
        using var outside = new TempSite();
        outside.With("x.md", "x");
        _site.With("_config.yml", "exclude: [skipped.md]\n");
        File.CreateSymbolicLink(_site.PathOf(".hidden.md"), outside.PathOf("x.md"));
        File.CreateSymbolicLink(_site.PathOf("skipped.md"), outside.PathOf("x.md"));
        Directory.CreateSymbolicLink(_site.PathOf("_unused"), outside.Root);

        Assert.Empty(Scan(_site).Diagnostics);
    }

    [Theory]
    [InlineData("/site", "/site", true)]
    [InlineData("/site/_site", "/site", true)]
    [InlineData("/site/..notes/x", "/site", true)]
    [InlineData("/site/a/../b", "/site", true)]
    [InlineData("/site/../other", "/site", false)]
    [InlineData("/other", "/site", false)]
    [InlineData("/site-2/x", "/site", false)]
    [InlineData("/", "/site", false)]
    public void IsSameOrInsideComparesWholeFolderNames(string path, string folder, bool expected)
    {
        Assert.Equal(expected, SourceScanner.IsSameOrInside(path, folder));
    }
}
