namespace BlogGen.Cli.Tests;

/// <summary>A destination that is the source or contains it, however it is spelled, is refused before anything is
/// touched: building there would delete the user's posts as files no longer built.</summary>
public sealed class DestinationGuardTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    public DestinationGuardTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "blog", "_posts"));
        File.WriteAllText(Path.Combine(root, "blog", "_config.yml"), "title: Guarded\nurl: https://example.org\n");
        File.WriteAllText(Path.Combine(root, "blog", "_posts", "2025-01-01-a.md"), "---\ntitle: A\n---\nText.\n");
        Directory.CreateSymbolicLink(Path.Combine(root, "link-to-blog"), "blog");
        Directory.CreateSymbolicLink(Path.Combine(root, "link-to-root"), root);
        Directory.CreateDirectory(Path.Combine(root, "elsewhere"));
        Directory.CreateSymbolicLink(Path.Combine(root, "elsewhere", "up"), "..");
    }

    [Theory]
    [InlineData("blog", "blog")]
    [InlineData("blog", "blog/")]
    [InlineData("blog", "blog/.")]
    [InlineData("blog", "./blog//")]
    [InlineData("blog", ".")]
    [InlineData("blog", "link-to-blog")]
    [InlineData("blog", "link-to-blog/")]
    [InlineData("blog", "link-to-root")]
    [InlineData("blog", "elsewhere/up")]
    [InlineData("blog", "elsewhere/up/blog/")]
    [InlineData("link-to-blog", "blog")]
    [InlineData("link-to-blog/", "link-to-root/blog")]
    [InlineData("elsewhere/up/blog", ".")]
    public void BuildAndCleanRefuseBeforeTouchingAnything(string source, string destination)
    {
        var before = Tree();

        var build = BloggenProcess.Run(root, null, "build", "--source", source, "--destination", destination);
        var clean = BloggenProcess.Run(root, null, "clean", "--source", source, "--destination", destination);

        Assert.True(build.ExitCode == 1, build.Stdout + build.Stderr);
        Assert.Contains("error BG4002: the destination is the source folder or contains it", build.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, clean.ExitCode);
        Assert.Contains("error BG4002", clean.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Tree());
    }

    [Theory]
    [InlineData("link-to-blog", "link-to-blog/_site", "blog/_site/index.html")]
    [InlineData("blog", "elsewhere/up/out/", "out/index.html")]
    public void AFolderBesideOrInsideTheSourceThroughALinkIsStillAllowed(string source, string destination, string built)
    {
        var result = BloggenProcess.Run(root, null, "build", "--quiet", "--source", source, "--destination", destination);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(Path.Combine(root, built)));
        Assert.True(File.Exists(Path.Combine(root, "blog", "_posts", "2025-01-01-a.md")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>Every entry under the root with its size (-1 for folders and links), as the refused command must leave it.
    /// Links are not followed: one of them leads back to the root.</summary>
    private string Tree() => string.Join('\n', Entries(root).Order(StringComparer.Ordinal));

    private IEnumerable<string> Entries(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            var isLink = entry.LinkTarget is not null;
            yield return $"{Path.GetRelativePath(root, entry.FullName)} {(entry is FileInfo file && !isLink ? file.Length : -1)}";
            if (entry is DirectoryInfo && !isLink)
            {
                foreach (var inner in Entries(entry.FullName))
                {
                    yield return inner;
                }
            }
        }
    }
}
