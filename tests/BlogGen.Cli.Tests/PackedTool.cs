namespace BlogGen.Cli.Tests;

/// <summary>
/// The framework-dependent tool packages, packed once from this test run's build for every test that installs them:
/// the top package naming only <c>any</c> (on this machine the CLI would otherwise look for this platform's native
/// package, which takes clang to make) and the <c>any</c> package. Packed when a test first asks, since packing takes
/// most of a minute and a run that filters those tests out should not pay for it. They carry the version of the bloggen
/// these tests run, which is git's when it was built: a commit made since then would give a package another version
/// than the one <c>bloggen new site</c> pins.
/// </summary>
public sealed class PackedTool : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", "packed-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<string> _version;

    public PackedTool() =>
        _version = new(() => DotnetTool.Pack(Feed, ["-p:ToolPackageRuntimeIdentifiers=any"], "any", DotnetTool.TestConfiguration, RunningVersion()));

    /// <summary>The folder holding the packages: a local package source.</summary>
    public string Feed => Path.Combine(_folder, "feed");

    /// <summary>The version the packages carry, which is the version of the bloggen these tests run.</summary>
    public string Version => _version.Value;

    /// <summary>The version <c>bloggen --version</c> prints first.</summary>
    private static string RunningVersion() => BloggenProcess.Run(Path.GetTempPath(), null, "--version").Stdout.Split(' ')[0].Trim();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>The tests that share one <see cref="PackedTool"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PackedToolCollection : ICollectionFixture<PackedTool>
{
    public const string Name = "packed tool";
}
