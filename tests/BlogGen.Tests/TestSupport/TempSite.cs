using BlogGen.Building;
using BlogGen.Configuration;

namespace BlogGen.Tests.TestSupport;

/// <summary>A site folder in the temp directory: write files, build it, read what came out. Deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    public static readonly DateTimeOffset DefaultBuildTime = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "bloggen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Destination => Path.Combine(Root, "_site");

    public TempSite With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TempSite WithBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public BuildResult Build(ConfigOverrides? overrides = null, string? destination = null) =>
        SiteBuilder.Build(new BuildOptions(Root, destination, (overrides ?? new ConfigOverrides()) with
        {
            BuildTime = overrides?.BuildTime ?? DefaultBuildTime,
        }));

    public string Output(string relativePath) => File.ReadAllText(Path.Combine(Destination, relativePath));

    public bool HasOutput(string relativePath) => File.Exists(Path.Combine(Destination, relativePath));

    public IReadOnlyList<string> OutputFiles() =>
        [.. Directory.EnumerateFiles(Destination, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Destination, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that made files read-only cleans up after itself; leftovers in temp are harmless.
        }
    }
}
