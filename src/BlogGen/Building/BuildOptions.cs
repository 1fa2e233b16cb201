using BlogGen.Configuration;

namespace BlogGen.Building;

/// <summary>What a build is asked to do.</summary>
/// <param name="Destination">Null means <c>SOURCE/_site</c>.</param>
public sealed record BuildOptions(string Source, string? Destination, ConfigOverrides Overrides)
{
    public string DestinationOrDefault => Path.GetFullPath(Destination ?? Path.Combine(Source, "_site"));
}
