namespace BlogGen.Cli.Tests;

/// <summary>Every workflow BlogGen ships (<c>.github/workflows/</c>) or scaffolds (<c>bloggen new site</c>) passes actionlint.</summary>
public sealed class WorkflowLintTests : IDisposable
{
    private const string Scaffolded = "bloggen new site";

    private readonly string _work = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    public static TheoryData<string> Workflows() =>
        [.. Directory.GetFiles(Path.Combine(BloggenProcess.RepositoryRoot, ".github", "workflows"), "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>(), Scaffolded];

    [ActionlintTheory]
    [MemberData(nameof(Workflows))]
    public void TheWorkflowPassesActionlint(string workflow)
    {
        var path = workflow == Scaffolded ? NewSiteWorkflow() : Path.Combine(BloggenProcess.RepositoryRoot, ".github", "workflows", workflow);

        Assert.Equal([], Actionlint.Lint(path));
    }

    /// <summary>The linter finds what it should: a broken copy of the scaffolded workflow fails (so a pass means something).</summary>
    [ActionlintTheory]
    [InlineData("dotnet bloggen build --baseurl \"${{ steps.pages.outputs.base_path }}\"", "dotnet bloggen build --baseurl \"${{ steps.page.outputs.base_path }}\"", "property \"page\" is not defined")]
    [InlineData("runs-on: ubuntu-latest", "runs-on: ubuntu-lastest", "ubuntu-lastest")]
    [InlineData("    needs: build", "    needs: bild", "bild")]
    public void ABrokenWorkflowFails(string good, string broken, string named)
    {
        var path = NewSiteWorkflow();
        var text = File.ReadAllText(path);
        Assert.Contains(good, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(good, broken, StringComparison.Ordinal));

        Assert.Contains(Actionlint.Lint(path), problem => problem.Contains(named, StringComparison.Ordinal));
    }

    private string NewSiteWorkflow()
    {
        var site = Path.Combine(_work, "site");
        var result = BloggenProcess.Run(Path.GetTempPath(), null, "new", "site", site);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        return Path.Combine(site, ".github", "workflows", "pages.yml");
    }
}
