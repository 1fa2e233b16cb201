using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Output;

namespace BlogGen.Building;

/// <summary>What a build is asked to do.</summary>
/// <param name="Destination">Null means <c>SOURCE/_site</c>.</param>
public sealed record BuildOptions(string Source, string? Destination, ConfigOverrides Overrides)
{
    public string DestinationOrDefault => Path.GetFullPath(Destination ?? Path.Combine(Source, "_site"));

    /// <summary>
    /// The session of a caller that builds again and again (the preview server keeps one per site). Null means a
    /// session of this build alone, loaded from <c>SOURCE/.bloggen-cache/</c> before the build and saved there after it.
    /// </summary>
    public BuildSession? Session { get; init; }

    /// <summary>
    /// The full paths a file watcher reported changed since the last build with the same <see cref="Session"/>. Files
    /// not named are taken as they were then, without looking at the disk, and the source folder is scanned again only
    /// for a change that can alter which files there are. Null when not known: every file is looked at.
    /// </summary>
    public IReadOnlyCollection<string>? Changed { get; init; }

    /// <summary>
    /// The full path of one post or page whose sanitizer removals the build explains, each with its line and rule
    /// (<see cref="BuildResult.SanitizingExplanation"/>). Null for none.
    /// </summary>
    public string? ExplainSanitizing { get; init; }

    /// <summary>
    /// How long a build on its own waits for another build of the same source folder to finish (see
    /// <c>BuildLock</c>) before it stops with an error.
    /// </summary>
    public TimeSpan WaitForOtherBuild { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Lets a request to stop the process wait while the site is moved into place (see <see cref="CommitGuard"/>).</summary>
    public CommitGuard? CommitGuard { get; init; }

    /// <summary>The Dart Sass program to run (a path); null: the <c>sass</c> on <c>PATH</c> (<see cref="Stylesheets.SassCompiler.FindProgram"/>).</summary>
    public string? SassProgram { get; init; }

    /// <summary>When set, the site is built into memory (the preview server) and the destination folder is not touched.</summary>
    public InMemoryOutput? Memory { get; init; }
}
