using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace BlogGen.Cli.Tests;

/// <summary>
/// Packing the dotnet tool and running programs as its user would: the .NET installation running these tests, no
/// telemetry, and a failing exit code as a test failure that shows the output.
/// </summary>
public static partial class DotnetTool
{
    /// <summary>The folder holding the running runtime's <c>dotnet</c>: <c>ROOT/shared/Microsoft.NETCore.App/VERSION/</c>.</summary>
    public static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>The configuration these tests were built in (Debug or Release), which the CLI was built in too.</summary>
    public static string TestConfiguration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>
    /// The top package (packed from this test run's build, with <paramref name="topPackageProperties"/>) and the package
    /// for <paramref name="runtime"/>, in <paramref name="feed"/>; gives back the version they carry: git's (MinVer), or
    /// <paramref name="version"/> when given.
    /// </summary>
    public static string Pack(string feed, string[] topPackageProperties, string runtime, string runtimeConfiguration, string? version = null)
    {
        Directory.CreateDirectory(feed);
        var cli = Path.Combine("src", "BlogGen.Cli");
        string[] versioned = version is null ? [] : [$"-p:MinVerVersionOverride={version}"];
        // --no-build packs what the test run already built, so the tool other tests run is not rebuilt under them.
        RunPack([cli, "--no-build", "--configuration", TestConfiguration, "--output", feed, .. topPackageProperties, .. versioned]);
        // A package for one runtime is built for that runtime, in folders of its own (bin/…/RUNTIME/).
        RunPack([cli, "--runtime", runtime, "--configuration", runtimeConfiguration, "--output", feed, .. versioned]);
        return Directory.GetFiles(feed, "BlogGen.*.nupkg").Select(file => TopPackage().Match(Path.GetFileName(file))).Single(match => match.Success).Groups[1].Value;
    }

    /// <summary>Runs <paramref name="program"/> and gives back its standard output; any exit code but 0 fails the test.</summary>
    public static string Run(string program, string workingDirectory, Dictionary<string, string> environment, string[] arguments, TimeSpan? timeout = null)
    {
        environment["DOTNET_ROOT"] = DotnetRoot;
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        var result = BloggenProcess.Start(program, arguments, workingDirectory, environment, timeout ?? TimeSpan.FromMinutes(6));
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Stdout}\n{result.Stderr}");
        return result.Stdout;
    }

    /// <summary>A <c>nuget.config</c> in <paramref name="folder"/> whose only package source is <paramref name="feed"/> (none when null).</summary>
    public static string WriteNuGetConfig(string folder, string? feed)
    {
        var path = Path.Combine(folder, "nuget.config");
        var source = feed is null ? "" : $"<add key=\"local\" value=\"{feed}\" />";
        File.WriteAllText(path, $"<configuration><packageSources><clear />{source}</packageSources></configuration>");
        return path;
    }

    /// <summary>
    /// Packs as a developer does, with the machine's package cache, which this repository's build was restored from. A
    /// native package whose compile cannot be reused (the sources changed since it was published) takes minutes.
    /// </summary>
    private static void RunPack(string[] arguments) =>
        Run("dotnet", BloggenProcess.RepositoryRoot, [], ["pack", .. arguments], TimeSpan.FromMinutes(15));

    /// <summary>The top package's name: the version follows the id (a runtime's package has the runtime between).</summary>
    [GeneratedRegex(@"^BlogGen\.([0-9].*)\.nupkg$")]
    private static partial Regex TopPackage();
}
