using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace BlogGen.Cli.Tests;

/// <summary>
/// The dotnet tool packages as a user gets them: packed, installed into a private tool path from a local folder only
/// (no feed, no shared package cache), then run. `dotnet tool install BlogGen` reads the top package, which names one
/// package per platform: the native executable where one is built, the framework-dependent tool (<c>any</c>) elsewhere.
/// </summary>
public sealed partial class ToolPackageTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>
    /// What a platform without a native package gets. Here the top package names only <c>any</c>: on this machine the CLI
    /// would otherwise look for this platform's native package, which takes clang to make.
    /// </summary>
    [Fact]
    public void TheFrameworkDependentPackageInstallsBuildsASiteAndNeedsDotnet()
    {
        var (feed, version) = Pack(["-p:ToolPackageRuntimeIdentifiers=any"], "any");
        var bloggen = Install(feed, version);

        Assert.StartsWith(version, Run(bloggen, _work, "--version").Trim(), StringComparison.Ordinal);
        WriteSite();
        Run(bloggen, Site, "build");
        Assert.Contains("<h1 itemprop=\"headline\">Hello from the package</h1>", File.ReadAllText(PostPage), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site, "_site", "assets", "css", "style.css")));
        var withoutDotnet = BuildWithoutDotnet(bloggen);
        Assert.NotEqual(0, withoutDotnet.ExitCode);
        Assert.Contains("You must install .NET", withoutDotnet.Stderr + withoutDotnet.Stdout, StringComparison.Ordinal);
    }

    /// <summary>On a platform with a native package (.ci/run: linux-x64), the installed command is the native executable.</summary>
    [NativeFact]
    public void OnThisPlatformTheInstalledToolIsTheNativeExecutableAndNeedsNoDotnet()
    {
        var (feed, version) = Pack([], RuntimeInformation.RuntimeIdentifier);
        var bloggen = Install(feed, version);

        Assert.StartsWith(version, Run(bloggen, _work, "--version").Trim(), StringComparison.Ordinal);
        foreach (var native in new[] { bloggen, BloggenProcess.NativeExecutable! })
        {
            var result = BuildWithoutDotnet(native);
            Assert.True(result.ExitCode == 0, $"{native} did not run without .NET:\n{result.Stdout}\n{result.Stderr}");
            Assert.Contains("<h1 itemprop=\"headline\">Hello from the package</h1>", File.ReadAllText(PostPage), StringComparison.Ordinal);
        }
    }

    private string Site => Path.Combine(_work, "site");

    private string PostPage => Path.Combine(Site, "_site", "2025", "03", "01", "hello.html");

    /// <summary>The top package (packed from this test run's build) and the one for <paramref name="runtime"/>, in a new folder.</summary>
    private (string Feed, string Version) Pack(string[] topPackageProperties, string runtime)
    {
        var feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
        var cli = Path.Combine("src", "BlogGen.Cli");
        // --no-build packs what the test run already built, so the tool other tests run is not rebuilt under them.
        RunPack([cli, "--no-build", "--configuration", _configuration, "--output", feed, .. topPackageProperties]);
        // A package for one runtime is built for that runtime, in folders of its own (bin/…/RUNTIME/).
        RunPack(cli, "--runtime", runtime, "--configuration", _configuration, "--output", feed);
        var top = Directory.GetFiles(feed, "BlogGen.*.nupkg").Select(file => TopPackage().Match(Path.GetFileName(file))).Single(match => match.Success);
        return (feed, top.Groups[1].Value);
    }

    private string Install(string feed, string version)
    {
        var tools = Path.Combine(_work, "tools");
        File.WriteAllText(Path.Combine(_work, "nuget.config"), "<configuration><packageSources><clear /></packageSources></configuration>");
        Run("dotnet", _work, "tool", "install", "--tool-path", tools, "--add-source", feed,
            "--configfile", Path.Combine(_work, "nuget.config"), "BlogGen", "--version", version);
        return Path.Combine(tools, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "bloggen.exe" : "bloggen");
    }

    /// <summary>A site with one post, and nothing built yet.</summary>
    private void WriteSite()
    {
        if (Directory.Exists(Site))
        {
            Directory.Delete(Site, recursive: true);
        }
        Directory.CreateDirectory(Path.Combine(Site, "_posts"));
        File.WriteAllText(Path.Combine(Site, "_posts", "2025-03-01-hello.md"), "---\ntitle: Hello from the package\n---\nIt works.\n");
    }

    /// <summary>Builds the site where the .NET installation that runs these tests is an empty folder, and no variable points at another.</summary>
    private BloggenProcess.Result BuildWithoutDotnet(string bloggen)
    {
        WriteSite();
        return ShellScript.Run(
            $"mount -t tmpfs none {ShellScript.Quote(DotnetRoot)} && unset DOTNET_ROOT DOTNET_ROOT_X64 DOTNET_HOST_PATH"
            + $" && cd {ShellScript.Quote(Site)} && {ShellScript.Quote(bloggen)} build --quiet",
            privateMounts: true);
    }

    /// <summary>Runs a program as a user of the package would: with a package cache of its own, which the install fills.</summary>
    private string Run(string program, string workingDirectory, params string[] arguments) =>
        Run(program, workingDirectory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") }, arguments);

    /// <summary>Packs as a developer does, with the machine's package cache, which this repository's build was restored from.</summary>
    private void RunPack(params string[] arguments) => Run("dotnet", BloggenProcess.RepositoryRoot, new Dictionary<string, string>(), ["pack", .. arguments]);

    private string Run(string program, string workingDirectory, Dictionary<string, string> environment, string[] arguments)
    {
        environment["DOTNET_ROOT"] = DotnetRoot;
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        var result = BloggenProcess.Start(program, arguments, workingDirectory, environment, TimeSpan.FromMinutes(6));
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Stdout}\n{result.Stderr}");
        return result.Stdout;
    }

    /// <summary>The folder holding the running runtime's <c>dotnet</c>: <c>ROOT/shared/Microsoft.NETCore.App/VERSION/</c>.</summary>
    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>The top package's name: the version follows the id (a runtime's package has the runtime between).</summary>
    [GeneratedRegex(@"^BlogGen\.([0-9].*)\.nupkg$")]
    private static partial Regex TopPackage();
}
