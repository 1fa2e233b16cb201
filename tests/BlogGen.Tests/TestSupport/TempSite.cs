using System.Text;

using BlogGen.Building;
using BlogGen.Building.Caching;
using BlogGen.Configuration;

namespace BlogGen.Tests.TestSupport;

/// <summary>
/// A site folder in the temp directory: write files, load its configuration, build it, read what came out.
/// Deleted on dispose. Paths are relative to <see cref="Root"/> with '/' separators.
/// </summary>
public sealed class TempSite : IDisposable
{
    public static readonly DateTimeOffset DefaultBuildTime = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "bloggen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Destination => Path.Combine(Root, "_site");

    /// <summary>The full path of <paramref name="relativePath"/> in the site.</summary>
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, creating folders as needed.</summary>
    public TempSite With(string relativePath, string text) => WithBytes(relativePath, Utf8.GetBytes(text));

    public TempSite WithBytes(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>The site's configuration as a build reads it, at <see cref="DefaultBuildTime"/> unless the overrides say otherwise.</summary>
    public SiteConfig LoadConfig(ConfigOverrides? overrides = null) =>
        ConfigLoader.Load(Root, WithBuildTime(overrides)).Config;

    public BuildResult Build(ConfigOverrides? overrides = null, string? destination = null) =>
        SiteBuilder.Build(new BuildOptions(Root, destination, WithBuildTime(overrides)));

    /// <summary>A build into the default destination that keeps what it learned in <paramref name="session"/>, as the preview server's builds do.</summary>
    public BuildResult Build(BuildSession session) =>
        SiteBuilder.Build(new BuildOptions(Root, null, WithBuildTime(null)) { Session = session });

    public string Output(string relativePath) => File.ReadAllText(Path.Combine(Destination, relativePath));

    public bool HasOutput(string relativePath) => File.Exists(Path.Combine(Destination, relativePath));

    public IReadOnlyList<string> OutputFiles() =>
        [.. Directory.EnumerateFiles(Destination, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Destination, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static ConfigOverrides WithBuildTime(ConfigOverrides? overrides) =>
        (overrides ?? new ConfigOverrides()) with { BuildTime = overrides?.BuildTime ?? DefaultBuildTime };

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
