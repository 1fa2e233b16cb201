using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace BlogGen.Cli.Tests;

/// <summary>
/// The dotnet tool package as a user gets it: packed, installed into a private tool path from a local
/// folder only (no feed, no shared package cache), then run.
/// </summary>
public sealed partial class ToolPackageTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void PacksInstallsAndBuildsASiteWithTheEmbeddedTheme()
    {
        var feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
        var tools = Path.Combine(_work, "tools");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

        // --no-build packs what the test run already built, so the tool other tests run is not rebuilt under them.
        Run("dotnet", BloggenProcess.RepositoryRoot, "pack", Path.Combine("src", "BlogGen.Cli"), "--no-build", "--configuration", configuration, "--output", feed);
        var package = Assert.Single(Directory.GetFiles(feed, "BlogGen.*.nupkg"));
        var version = PackageVersion().Match(Path.GetFileName(package)).Groups[1].Value;

        File.WriteAllText(Path.Combine(_work, "nuget.config"),
            "<configuration><packageSources><clear /></packageSources></configuration>");
        Run("dotnet", _work, "tool", "install", "--tool-path", tools, "--add-source", feed,
            "--configfile", Path.Combine(_work, "nuget.config"), "BlogGen", "--version", version);

        var bloggen = Path.Combine(tools, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "bloggen.exe" : "bloggen");
        Assert.StartsWith(version, Run(bloggen, _work, "--version").Trim(), StringComparison.Ordinal);

        var site = Directory.CreateDirectory(Path.Combine(_work, "site")).FullName;
        Directory.CreateDirectory(Path.Combine(site, "_posts"));
        File.WriteAllText(Path.Combine(site, "_posts", "2025-03-01-hello.md"), "---\ntitle: Hello from the package\n---\nIt works.\n");
        Run(bloggen, site, "build");
        var post = File.ReadAllText(Path.Combine(site, "_site", "2025", "03", "01", "hello.html"));
        Assert.Contains("<h1 itemprop=\"headline\">Hello from the package</h1>", post, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "_site", "assets", "css", "style.css")));
    }

    private string Run(string program, string workingDirectory, params string[] arguments)
    {
        var result = BloggenProcess.Start(program, arguments, workingDirectory, new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_work, "packages"),
            ["DOTNET_ROOT"] = DotnetRoot,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        }, TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Stdout}\n{result.Stderr}");
        return result.Stdout;
    }

    /// <summary>The folder holding the running runtime's <c>dotnet</c>: <c>ROOT/shared/Microsoft.NETCore.App/VERSION/</c>.</summary>
    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    [GeneratedRegex(@"^BlogGen\.(.+)\.nupkg$")]
    private static partial Regex PackageVersion();
}
