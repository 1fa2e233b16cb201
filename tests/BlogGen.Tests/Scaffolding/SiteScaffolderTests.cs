using BlogGen.Building;
using BlogGen.Checking;
using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Scaffolding;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Scaffolding;

public sealed class SiteScaffolderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 23, 30, 0, TimeSpan.Zero);

    private const string ToolVersion = "1.2.3";

    private readonly TempSite _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Root => _folder.Root;

    [Fact]
    public void WritesEveryFileOfANewSite()
    {
        var result = SiteScaffolder.Create(Root, force: false, ToolVersion, Now);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            ["_config.yml", "_posts/2026-11-27-welcome.md", "about.md", ".gitignore", "README.md", ".github/workflows/pages.yml", ".config/dotnet-tools.json"],
            result.Written.Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/')));
        Assert.Contains("_site/", File.ReadAllText(Path.Combine(Root, ".gitignore")), StringComparison.Ordinal);
        Assert.Contains(".bloggen-cache/", File.ReadAllText(Path.Combine(Root, ".gitignore")), StringComparison.Ordinal);
        var workflow = File.ReadAllText(Path.Combine(Root, ".github", "workflows", "pages.yml"));
        Assert.Contains("run: dotnet tool restore\n", workflow, StringComparison.Ordinal);
        Assert.Contains("run: dotnet bloggen build --baseurl \"${{ steps.pages.outputs.base_path }}\"", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain("tool install", workflow, StringComparison.Ordinal);
        Assert.Equal(ToolVersion, ToolManifest.Read(Path.Combine(Root, ".config", "dotnet-tools.json")).Version);
        Assert.Contains("actions/deploy-pages@v4", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFileEndsWithOneNewline()
    {
        var result = SiteScaffolder.Create(Root, force: false, ToolVersion, Now);

        Assert.All(result.Written, path =>
        {
            var text = File.ReadAllText(path);
            Assert.True(text.EndsWith('\n') && !text.EndsWith("\n\n", StringComparison.Ordinal), $"{path} does not end with exactly one newline");
        });
    }

    [Fact]
    public void AKeyAppendedToTheConfigIsRead()
    {
        SiteScaffolder.Create(Root, force: false, ToolVersion, Now);
        File.AppendAllText(Path.Combine(Root, "_config.yml"), "github: liwei\n");

        Assert.Equal("liwei", _folder.LoadConfig().Values.GetValueOrDefault("github"));
    }

    [Theory]
    [InlineData("# author:")]
    [InlineData("timezone: UTC")]
    [InlineData("permalink: pretty")]
    [InlineData("paginate: 10")]
    [InlineData("# excerpt_separator:")]
    [InlineData("# theme: default")]
    [InlineData("baseurl: \"\"")]
    [InlineData("# sanitize:")]
    public void TheConfigNamesTheCommonKeys(string line)
    {
        SiteScaffolder.Create(Root, force: false, ToolVersion, Now);
        Assert.Contains(line, File.ReadAllText(Path.Combine(Root, "_config.yml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/my-blog")]
    public void TheNewSiteBuildsWithoutErrorsAndChecksClean(string baseUrl)
    {
        SiteScaffolder.Create(Root, force: false, ToolVersion, Now);

        var build = SiteBuilder.Build(new BuildOptions(Root, null, new ConfigOverrides { BaseUrl = baseUrl, BuildTime = Now }));
        var check = LinkChecker.Check(new CheckOptions(_folder.Destination, baseUrl, ""));

        Assert.Equal([], build.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        Assert.Equal(1, build.Posts);
        Assert.True(_folder.HasOutput("about/index.html"));
        Assert.Contains("Welcome to your blog", _folder.Output("2026/11/27/welcome/index.html"), StringComparison.Ordinal);
        Assert.Equal([], check.Diagnostics.Select(d => d.ToString()).Where(d => !d.Contains("feed.xml", StringComparison.Ordinal)));
    }

    [Fact]
    public void ANonEmptyFolderIsRefusedAndLeftAlone()
    {
        _folder.With("notes.txt", "mine");

        var result = SiteScaffolder.Create(Root, force: false, ToolVersion, Now);

        Assert.Equal(DiagnosticCodes.FolderNotEmpty, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(Root).Select(Path.GetFileName));
    }

    [Fact]
    public void ForceAddsTheMissingFilesAndNeverOverwrites()
    {
        _folder.With("_config.yml", "title: Mine\n").With("README.md", "my readme");

        var result = SiteScaffolder.Create(Root, force: true, ToolVersion, Now);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["_config.yml", "README.md"], result.Kept.Select(Path.GetFileName));
        Assert.Equal(5, result.Written.Count);
        Assert.Equal("title: Mine\n", File.ReadAllText(Path.Combine(Root, "_config.yml")));
        Assert.Equal("my readme", File.ReadAllText(Path.Combine(Root, "README.md")));
    }

    [Fact]
    public void AMissingFolderIsCreated()
    {
        var inner = Path.Combine(Root, "new", "blog");
        var result = SiteScaffolder.Create(inner, force: false, ToolVersion, Now);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(inner, "_config.yml")));
    }

    /// <summary>
    /// A Jekyll blog keeps every byte: <c>bloggen new site</c> adds the tool manifest and the workflow, with no
    /// <c>--force</c>, and a workflow the blog already has is kept too.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InAJekyllBlogOnlyTheManifestAndWorkflowAreAdded(bool hasWorkflow)
    {
        _folder.With("_config.yml", "title: Jekyll\r\nbaseurl: /blog\r\n")
            .With("_posts/2024-01-02-old.md", "---\ntitle: Old\n---\n{% include note.html %}\n")
            .With("_layouts/post.html", "{{ content }}")
            .With("about.md", "---\ntitle: About\n---\nMe.")
            .With("README.md", "mine")
            .With("Gemfile", "gem 'jekyll'\n")
            // A .gitignore that lists the build cache: nothing to warn about (BG6023 when it does not).
            .With(".gitignore", "_site\n/.bloggen-cache/\n")
            .WithBytes("assets/logo.png", [0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
        if (hasWorkflow)
        {
            _folder.With(".github/workflows/pages.yml", "name: Jekyll\n");
        }
        var before = Snapshot();

        var result = SiteScaffolder.Create(Root, force: false, ToolVersion, Now);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.IntoExistingBlog);
        string[] added = hasWorkflow ? [".config/dotnet-tools.json"] : [".github/workflows/pages.yml", ".config/dotnet-tools.json"];
        Assert.Equal(added, result.Written.Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/')));
        var after = Snapshot();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal).Concat(hasWorkflow ? [] : [".github/workflows/pages.yml"]).Append(".config/dotnet-tools.json").Order(StringComparer.Ordinal),
            after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact]
    public void AManifestWithoutBlogGenIsKeptAndNamed()
    {
        const string Manifest = "{\"version\": 1, \"isRoot\": true, \"tools\": {\"dotnet-format\": {\"version\": \"5.1.0\", \"commands\": [\"dotnet-format\"]}}}";
        _folder.With("_config.yml", "title: Jekyll\n").With("_posts/2024-01-02-old.md", "---\n---\n").With(".config/dotnet-tools.json", Manifest)
            .With(".gitignore", ".bloggen-cache\n");

        var result = SiteScaffolder.Create(Root, force: false, ToolVersion, Now);

        Assert.Equal(DiagnosticCodes.ToolManifestWithoutBlogGen, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Manifest, File.ReadAllText(Path.Combine(Root, ".config", "dotnet-tools.json")));
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(Root, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
