using System.Runtime.InteropServices;

namespace BlogGen.Cli.Tests;

/// <summary>
/// The dotnet tool packages as a user gets them: packed, installed into a private tool path from a local folder only
/// (no feed, no shared package cache), then run. `dotnet tool install BlogGen` reads the top package, which names one
/// package per platform: the native executable where one is built, the framework-dependent tool (<c>any</c>) elsewhere.
/// </summary>
[Collection(PackedToolCollection.Name)]
public sealed class ToolPackageTests(PackedTool packed) : IDisposable
{
    private readonly string _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>What a platform without a native package gets (<see cref="PackedTool"/>).</summary>
    [Fact]
    public void TheFrameworkDependentPackageInstallsBuildsASiteAndNeedsDotnet()
    {
        var version = packed.Version;
        var bloggen = Install(packed.Feed, version);

        Assert.StartsWith(version, Run(bloggen, _work, "--version").Trim(), StringComparison.Ordinal);
        WriteSite();
        Run(bloggen, Site, "build");
        Assert.Contains("<h1 itemprop=\"headline\">Hello from the package</h1>", File.ReadAllText(PostPage), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site, "_site", "assets", "css", "style.css")));
        var withoutDotnet = BuildWithoutDotnet(bloggen);
        Assert.NotEqual(0, withoutDotnet.ExitCode);
        Assert.Contains("You must install .NET", withoutDotnet.Stderr + withoutDotnet.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// On a platform with a native package (.ci/run: linux-x64), the installed command is the native executable. That
    /// package is packed in Release, as it ships and as <c>./build.ps1 -Task Native -Configuration Release</c> compiled it
    /// before these tests ran, so the three-minute native compile is not repeated.
    /// </summary>
    [NativeFact]
    public void OnThisPlatformTheInstalledToolIsTheNativeExecutableAndNeedsNoDotnet()
    {
        var feed = Path.Combine(_work, "feed");
        var version = DotnetTool.Pack(feed, [], RuntimeInformation.RuntimeIdentifier, "Release");
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

    private string Install(string feed, string version)
    {
        var tools = Path.Combine(_work, "tools");
        Run("dotnet", _work, "tool", "install", "--tool-path", tools, "--add-source", feed,
            "--configfile", DotnetTool.WriteNuGetConfig(_work, feed: null), "BlogGen", "--version", version);
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
            $"mount -t tmpfs none {ShellScript.Quote(DotnetTool.DotnetRoot)} && unset DOTNET_ROOT DOTNET_ROOT_X64 DOTNET_HOST_PATH"
            + $" && cd {ShellScript.Quote(Site)} && {ShellScript.Quote(bloggen)} build --quiet",
            privateMounts: true);
    }

    /// <summary>Runs a program as a user of the package would: with a package cache of its own, which the install fills.</summary>
    private string Run(string program, string workingDirectory, params string[] arguments) =>
        DotnetTool.Run(program, workingDirectory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") }, arguments);
}
