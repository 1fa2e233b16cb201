using System.Text.RegularExpressions;

using YamlDotNet.RepresentationModel;

namespace BlogGen.Cli.Tests;

/// <summary>
/// The workflow <c>bloggen new site</c> writes, run here as GitHub would run its build job: each <c>run:</c> step in
/// order, in a new site, with the <c>${{ }}</c> expressions given local values and the packed tool (<see cref="PackedTool"/>)
/// as the only package source. So the release a tag makes installs through the site's tool manifest and builds and
/// checks the site, and a change to the workflow that breaks that fails here first.
/// </summary>
[Collection(PackedToolCollection.Name)]
public sealed partial class ScaffoldedWorkflowTests(PackedTool packed) : IDisposable
{
    /// <summary>What GitHub would give each expression in a step of the build job: a project site's base path.</summary>
    private static readonly Dictionary<string, string> Expressions = new(StringComparer.Ordinal)
    {
        ["steps.pages.outputs.base_path"] = "/my-blog",
    };

    private readonly string _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void TheBuildJobsStepsInstallThePinnedToolAndBuildAndCheckTheNewSite()
    {
        var site = Path.Combine(_work, "my-blog");
        var made = BloggenProcess.Run(_work, null, "new", "site", site);
        Assert.True(made.ExitCode == 0, made.Stdout + made.Stderr);
        // The site pins the bloggen that made it, which is the one packed from this build.
        Assert.Contains($"\"version\": \"{packed.Version}\"", File.ReadAllText(Path.Combine(site, ".config", "dotnet-tools.json")), StringComparison.Ordinal);
        // The runner's package sources, here: the folder the release was packed into, and nothing else.
        DotnetTool.WriteNuGetConfig(site, packed.Feed);
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_work, "packages"),
            ["DOTNET_CLI_HOME"] = Path.Combine(_work, "home"),
        };

        var steps = RunSteps(Path.Combine(site, ".github", "workflows", "pages.yml"));
        foreach (var step in steps)
        {
            DotnetTool.Run("bash", site, environment, ["-eo", "pipefail", "-c", step]);
        }

        Assert.Equal(["dotnet tool restore", "dotnet bloggen build --baseurl \"/my-blog\"", "dotnet bloggen check --baseurl \"/my-blog\""], steps);
        Assert.Contains("href=\"/my-blog/about/\"", File.ReadAllText(Path.Combine(site, "_site", "index.html")), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(site, "_site"), "index.html", SearchOption.AllDirectories), path => path.EndsWith(Path.Combine("welcome", "index.html"), StringComparison.Ordinal));
        // `dotnet bloggen` in the site is the pinned tool from the package, and agrees with its manifest (no BG6022).
        var version = DotnetTool.Run("bash", site, environment, ["-c", "dotnet bloggen --version 2>&1"]);
        Assert.StartsWith(packed.Version + " ", version, StringComparison.Ordinal);
        Assert.DoesNotContain("BG6022", version, StringComparison.Ordinal);
    }

    /// <summary>The <c>run:</c> lines of the build job in order, each <c>${{ expression }}</c> replaced by its local value.</summary>
    private static List<string> RunSteps(string workflow)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(workflow))
        {
            yaml.Load(reader);
        }
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var build = (YamlMappingNode)((YamlMappingNode)root["jobs"])["build"];
        return [.. ((YamlSequenceNode)build["steps"]).Cast<YamlMappingNode>()
            .Where(step => step.Children.ContainsKey("run"))
            .Select(step => Expression().Replace(((YamlScalarNode)step["run"]).Value!, match =>
                Expressions.TryGetValue(match.Groups[1].Value, out var value)
                    ? value
                    : throw new InvalidOperationException($"no local value for ${{{{ {match.Groups[1].Value} }}}}: add one to {nameof(Expressions)}")))];
    }

    [GeneratedRegex(@"\$\{\{\s*(.*?)\s*\}\}")]
    private static partial Regex Expression();
}
