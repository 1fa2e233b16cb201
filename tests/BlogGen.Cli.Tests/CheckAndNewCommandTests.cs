namespace BlogGen.Cli.Tests;

/// <summary><c>bloggen new</c> and <c>bloggen check</c> as a user runs them.</summary>
public sealed class CheckAndNewCommandTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    public CheckAndNewCommandTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void ANewSiteBuildsAndTheCheckReportsBrokenLinksWithExitCodeOne()
    {
        var created = BloggenProcess.Run(_work, null, "new", "site", "blog");
        Assert.Equal(0, created.ExitCode);
        var site = Path.Combine(_work, "blog");
        Assert.True(File.Exists(Path.Combine(site, ".github", "workflows", "pages.yml")));

        var post = BloggenProcess.Run(site, null, "new", "post", "你好，世界");
        Assert.Equal(0, post.ExitCode);
        Assert.Contains(Path.Combine("_posts", "2026-11-27-你好-世界.md"), post.Stdout, StringComparison.Ordinal);
        var again = BloggenProcess.Run(site, null, "new", "post", "你好，世界");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error BG6011", again.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, BloggenProcess.Run(site, null, "build", "--baseurl", "/blog").ExitCode);
        File.AppendAllText(Path.Combine(site, "_site", "about", "index.html"), "<a href=\"/blog/nowhere/\">x</a>");

        var check = BloggenProcess.Run(site, null, "check", "--baseurl", "/blog");

        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"_site/about/index\.html\(\d+,\d+\): error BG6001: href=""/blog/nowhere/""", check.Stderr);
        Assert.Matches(@"Checked \d+ links on \d+ pages: \d+ broken", check.Stdout);
    }

    [Fact]
    public void NewSiteRefusesANonEmptyFolderUnlessForced()
    {
        File.WriteAllText(Path.Combine(_work, "_config.yml"), "title: Mine\n");

        var refused = BloggenProcess.Run(_work, null, "new", "site", ".");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error BG6010", refused.Stderr, StringComparison.Ordinal);

        var forced = BloggenProcess.Run(_work, null, "new", "site", ".", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("not overwritten", forced.Stdout, StringComparison.Ordinal);
        Assert.Equal("title: Mine\n", File.ReadAllText(Path.Combine(_work, "_config.yml")));
        Assert.True(File.Exists(Path.Combine(_work, "about.md")));
    }

    /// <summary>Real Jekyll blogs: <c>bloggen new site .</c> adds the tool manifest and workflow and leaves every byte of theirs.</summary>
    [Theory]
    [InlineData("jekyll/jefdewitt-portfolio")]
    [InlineData("jekyll/lanyon")]
    [InlineData("jekyll/minima-ejected")]
    [InlineData("jekyll/minima-gem")]
    public void NewSiteInAJekyllBlogAddsOnlyTheManifestAndWorkflow(string fixture)
    {
        var blog = BloggenProcess.CopyFixture(fixture);
        try
        {
            var before = Snapshot(blog);

            var result = BloggenProcess.Run(blog, null, "new", "site", ".");

            Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
            Assert.Contains("its content is untouched", result.Stdout, StringComparison.Ordinal);
            var after = Snapshot(blog);
            Assert.Equal([".config/dotnet-tools.json", ".github/workflows/pages.yml"], after.Keys.Except(before.Keys).Order(StringComparer.Ordinal));
            Assert.All(before, file => Assert.True(after.TryGetValue(file.Key, out var bytes) && bytes.SequenceEqual(file.Value), $"{file.Key} changed"));
            // None of these blogs' .gitignore names BlogGen's cache: said, not changed.
            Assert.Contains("warning BG6023", result.Stderr + result.Stdout, StringComparison.Ordinal);
            // A theme gem (minima-gem) is found through Bundler on the runner: the workflow installs the Gemfile's gems.
            var workflow = File.ReadAllText(Path.Combine(blog, ".github", "workflows", "pages.yml"));
            Assert.Contains("if: hashFiles('Gemfile') != ''", workflow, StringComparison.Ordinal);
            Assert.Contains("bundler-cache: true", workflow, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(blog, recursive: true);
        }
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void CheckWithoutABuiltSiteSaysToBuildFirst()
    {
        var result = BloggenProcess.Run(_work, null, "check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error BG6005", result.Stderr, StringComparison.Ordinal);
    }
}
