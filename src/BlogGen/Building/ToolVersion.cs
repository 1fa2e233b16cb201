using System.Reflection;

namespace BlogGen.Building;

/// <summary>
/// Which BlogGen this is. The version comes from git at build time (MinVer: the tag vX.Y.Z, or a pre-release after
/// it), and the SDK adds the commit to the informational version as <c>X.Y.Z+SHA</c>; reading that attribute is all
/// it takes, so a native executable knows its version as well as the framework-dependent tool does.
/// </summary>
public static class ToolVersion
{
    private static readonly string Informational =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version without build metadata: what a package, a tool manifest and a feed's generator tag name.</summary>
    public static string Number { get; } = Informational.Split('+')[0];

    /// <summary>The git commit this build was made from, or null when it was built outside a git checkout.</summary>
    public static string? Commit { get; } = Informational.Split('+') is [_, var commit, ..] && commit.Length > 0 ? commit : null;

    /// <summary>One line for <c>bloggen --version</c>: the version first (scripts read it), then the commit.</summary>
    public static string Description => Commit is null ? Number : $"{Number} (commit {Commit[..Math.Min(12, Commit.Length)]})";
}
