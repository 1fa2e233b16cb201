namespace BlogGen.Cli.Tests;

public sealed class CommandLineTests
{
    private static string Here => Path.GetTempPath();

    [Fact]
    public void VersionPrintsTheVersion()
    {
        var result = BloggenProcess.Run(Here, null, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout.Trim());
    }

    [Fact]
    public void VersionNamesTheCommit()
    {
        var result = BloggenProcess.Run(Here, null, "--version");
        Assert.Matches(@"^\S+ \(commit [0-9a-f]{12}\)$", result.Stdout.Trim());
    }

    /// <summary>A site's tool manifest pins another version than the one running: a warning, and the version still printed.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void VersionWarnsWhenTheFoldersManifestPinsAnother(bool pinsThisVersion)
    {
        var running = BloggenProcess.Run(Here, null, "--version").Stdout.Split(' ')[0];
        var site = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var pinned = pinsThisVersion ? running : "0.0.1";
            Directory.CreateDirectory(Path.Combine(site, ".config"));
            File.WriteAllText(Path.Combine(site, ".config", "dotnet-tools.json"),
                $"{{\"version\": 1, \"isRoot\": true, \"tools\": {{\"bloggen\": {{\"version\": \"{pinned}\", \"commands\": [\"bloggen\"]}}}}}}");
            var inner = Directory.CreateDirectory(Path.Combine(site, "_posts")).FullName;

            var result = BloggenProcess.Run(inner, null, "--version");

            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith(running + " ", result.Stdout, StringComparison.Ordinal);
            if (pinsThisVersion)
            {
                Assert.Equal("", result.Stderr);
            }
            else
            {
                Assert.Contains("warning BG6022: this folder pins BlogGen 0.0.1, but this is BlogGen " + running, result.Stderr, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact]
    public void HelpListsTheCommands()
    {
        var result = BloggenProcess.Run(Here, null, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("build", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("clean", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildHelpListsEveryOption()
    {
        var result = BloggenProcess.Run(Here, null, "build", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in (string[])["--source", "--destination", "--config", "--drafts", "--future", "--baseurl", "--base-url", "--verbose", "--quiet"])
        {
            Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    public void UsageErrorsExitWithTwo(params string[] arguments)
    {
        var result = BloggenProcess.Run(Here, null, arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bloggen --help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenFrontMatterExitsWithOneNamesTheFileAndLineAndBuildsTheRest()
    {
        var site = BloggenProcess.CopyFixture("broken-front-matter");
        try
        {
            var result = BloggenProcess.Run(site, null, "build");

            Assert.Equal(1, result.ExitCode);
            Assert.Matches(@"_posts/2025-03-02-broken\.md\(\d+,\d+\): error BG1002: ", result.Stderr);
            Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site, "_site", "2025", "03", "01", "good.html")));
            Assert.Contains("Errors: 1", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("Posts: 1", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact]
    public void GitHubActionsGetsAnnotations()
    {
        var site = BloggenProcess.CopyFixture("broken-front-matter");
        try
        {
            var result = BloggenProcess.Run(site, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "build");
            Assert.Matches(@"::error file=_posts/2025-03-02-broken\.md,line=\d+", result.Stdout);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact]
    public void QuietPrintsNothingOnSuccessAndVerboseListsSanitizerRemovals()
    {
        var site = BloggenProcess.CopyFixture("mirrored");
        try
        {
            var quiet = BloggenProcess.Run(site, null, "build", "--quiet");
            Assert.Equal(0, quiet.ExitCode);
            Assert.Equal("", quiet.Stdout + quiet.Stderr);

            // Without its cache the build does the work again and shows its stages (with nothing to do it shows none).
            Directory.Delete(Path.Combine(site, ".bloggen-cache"), recursive: true);
            var normal = BloggenProcess.Run(site, null, "build");
            Assert.DoesNotContain("BG2001", normal.Stderr, StringComparison.Ordinal);
            Assert.Contains("Rendering content (1)", normal.Stdout, StringComparison.Ordinal);
            Assert.Matches(@"Sanitizer removals: \d+ in 1 file", normal.Stdout);

            var verbose = BloggenProcess.Run(site, null, "build", "--verbose");
            Assert.Matches(@"_posts/2025-03-01-mirror\.md: warning BG2001: .*script", verbose.Stderr);
            // The JSON-LD in the head is data, not script: any other script element is a sanitizer failure.
            Assert.DoesNotMatch(@"(?i)<script(?![^>]*application/ld\+json)", File.ReadAllText(Path.Combine(site, "_site", "2025", "03", "01", "mirror.html")));
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact]
    public void SourceDestinationAndBaseUrlOptionsAreHonoured()
    {
        var site = BloggenProcess.CopyFixture("mirrored");
        var destination = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var result = BloggenProcess.Run(Here, null, "build", "--source", site, "--destination", destination, "--base-url", "/sub");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("href=\"/sub/assets/css/style.css\"", File.ReadAllText(Path.Combine(destination, "index.html")), StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(site, "_site")));
        }
        finally
        {
            Directory.Delete(site, recursive: true);
            Directory.Delete(destination, recursive: true);
        }
    }

    [Fact]
    public void DestinationContainingTheSourceIsRefused()
    {
        var site = BloggenProcess.CopyFixture("mirrored");
        try
        {
            var result = BloggenProcess.Run(site, null, "build", "--destination", ".");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error BG4002", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact]
    public void CleanRemovesTheBuiltSite()
    {
        var site = BloggenProcess.CopyFixture("mirrored");
        try
        {
            BloggenProcess.Run(site, null, "build");
            Assert.True(Directory.Exists(Path.Combine(site, "_site")));
            var result = BloggenProcess.Run(site, null, "clean");
            Assert.Equal(0, result.ExitCode);
            Assert.False(Directory.Exists(Path.Combine(site, "_site")));
            Assert.True(File.Exists(Path.Combine(site, "_config.yml")));
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact]
    public void OnATerminalALongBuildShowsLiveProgressAndASummaryTable()
    {
        var site = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(site, "_posts"));
        var paragraph = string.Concat(Enumerable.Repeat("<p style=\"font-size: 12pt;\">Mirrored <strong>text</strong> with a table.</p>", 40));
        for (var i = 0; i < 1500; i++)
        {
            File.WriteAllText(Path.Combine(site, "_posts", $"2025-01-{1 + i % 28:D2}-post-{i}.md"),
                $"---\ntitle: Post {i}\ntags: [t{i % 7}]\n---\n# Heading {i}\n\n<div>{paragraph}</div>\n");
        }
        try
        {
            // script(1) gives the command a pseudo-terminal, as a user's shell would.
            var result = BloggenProcess.RunOnTerminal(site, "build");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("\u001b[", result.Stdout, StringComparison.Ordinal);
            Assert.Matches("Reading|Rendering content|Applying layouts|Writing", result.Stdout);
            Assert.DoesNotContain("Rendering content (", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("Posts", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("1500", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }
}
