namespace BlogGen.Cli.Tests;

/// <summary>
/// The framework-dependent tool packages, packed once from this test run's build for every test that installs them:
/// the top package naming only <c>any</c> (on this machine the CLI would otherwise look for this platform's native
/// package, which takes clang to make) and the <c>any</c> package. Packed when a test first asks, since packing takes
/// most of a minute and a run that filters those tests out should not pay for it.
/// </summary>
public sealed class PackedTool : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", "packed-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<string> _version;

    public PackedTool() =>
        _version = new(() => DotnetTool.Pack(Feed, ["-p:ToolPackageRuntimeIdentifiers=any"], "any", DotnetTool.TestConfiguration));

    /// <summary>The folder holding the packages: a local package source.</summary>
    public string Feed => Path.Combine(_folder, "feed");

    /// <summary>The version the packages carry, which is the version of the bloggen these tests run.</summary>
    public string Version => _version.Value;

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
