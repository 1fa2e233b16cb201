using BlogGen.Diagnostics;
using BlogGen.Scaffolding;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Scaffolding;

/// <summary>The tool manifest that pins BlogGen: written as dotnet writes it, and found from a folder as dotnet finds it.</summary>
public sealed class ToolManifestTests : IDisposable
{
    private readonly TempSite _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Pinning(string version) => ToolManifest.Text(version);

    [Fact]
    public void TheWrittenManifestIsWhatDotnetWrites() =>
        Assert.Equal("""
            {
              "version": 1,
              "isRoot": true,
              "tools": {
                "bloggen": {
                  "version": "0.3.0-alpha.0.5",
                  "commands": [
                    "bloggen"
                  ],
                  "rollForward": false
                }
              }
            }
            """, Pinning("0.3.0-alpha.0.5"));

    [Theory]
    // where the manifest is, relative to the site; the folder asked from; the version found
    [InlineData(".config/dotnet-tools.json", "", "1.0.0")]
    [InlineData(".config/dotnet-tools.json", "_posts/2025", "1.0.0")]
    [InlineData("dotnet-tools.json", "_posts", "1.0.0")]
    [InlineData("_posts/.config/dotnet-tools.json", "", null)]
    public void ThePinIsFoundInTheFolderOrAbove(string manifest, string from, string? version)
    {
        _folder.With(manifest, Pinning("1.0.0"));
        Directory.CreateDirectory(_folder.PathOf(from));

        Assert.Equal(version, ToolManifest.FindPinned(_folder.PathOf(from)).Version);
    }

    [Fact]
    public void ARootManifestWithoutBlogGenEndsTheSearch()
    {
        _folder.With("dotnet-tools.json", Pinning("1.0.0"))
            .With("site/.config/dotnet-tools.json", "{\"version\": 1, \"isRoot\": true, \"tools\": {}}");

        Assert.Null(ToolManifest.FindPinned(_folder.PathOf("site")).Version);
        Assert.Equal("1.0.0", ToolManifest.FindPinned(_folder.Root).Version);
    }

    [Theory]
    [InlineData("1.0.0", null)]
    [InlineData("1.0.1", DiagnosticCodes.ToolVersionDiffers)]
    [InlineData("1.0.0-alpha.0.3", DiagnosticCodes.ToolVersionDiffers)]
    public void TheRunningVersionIsComparedWithThePin(string running, string? code)
    {
        _folder.With(".config/dotnet-tools.json", Pinning("1.0.0"));

        var warning = ToolManifest.CheckRunningVersion(_folder.Root, running);

        Assert.Equal(code, warning?.Code);
        if (warning is not null)
        {
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Contains("pins BlogGen 1.0.0, but this is BlogGen " + running, warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoManifestMeansNoWarning() => Assert.Null(ToolManifest.CheckRunningVersion(_folder.Root, "1.0.0"));

    [Fact]
    public void AManifestThatIsNotJsonIsAWarning()
    {
        _folder.With(".config/dotnet-tools.json", "{ \"tools\": ");

        var warning = ToolManifest.CheckRunningVersion(_folder.Root, "1.0.0");

        Assert.Equal(DiagnosticCodes.ToolManifestUnreadable, warning?.Code);
        Assert.Equal(_folder.PathOf(".config/dotnet-tools.json"), warning?.Path);
    }
}
