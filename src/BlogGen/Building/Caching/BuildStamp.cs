using System.IO.Enumeration;

using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Hashing;
using BlogGen.Sources;

namespace BlogGen.Building.Caching;

/// <summary>
/// What the last <c>bloggen build</c> of a site started from and left behind, each as one hash of file names, sizes and
/// modification times, and what it reported. A build that finds the same sources, settings, theme and output has
/// nothing to write: it stops after looking and reports the same again. As git trusts its index, a file counts as
/// unchanged while its size and modification time are; a file saved within <see cref="FileTimestamps.Resolution"/>
/// before a build could change again unseen, so such a build leaves no stamp.
/// </summary>
/// <param name="Inputs">The sources and settings (see <see cref="InputsOf"/>).</param>
/// <param name="Output">The destination as the build left it (see <see cref="OutputOf"/>).</param>
/// <param name="BuildTime">The build time, which matters only when a page showed it.</param>
/// <param name="ShowsBuildTime">Whether any output depends on the build time (<c>site.time</c>, <c>"now"</c>, an empty feed).</param>
/// <param name="NewestPostShown">The newest post's date: a build time before it would leave that post out.</param>
/// <param name="FirstPostHeldBack">The earliest date of a post left out as in the future: from then on it is shown.</param>
internal sealed record BuildStamp(
    UInt128 Inputs,
    UInt128 Output,
    DateTimeOffset BuildTime,
    bool ShowsBuildTime,
    DateTimeOffset? NewestPostShown,
    DateTimeOffset? FirstPostHeldBack,
    BuildResult Result)
{
    /// <summary>Whether a build at <paramref name="buildTime"/> from these inputs into the output as it is now would write what is there.</summary>
    /// <param name="outputNow">The destination's hash now (see <see cref="OutputOf"/>). Asked for last, and only when all
    /// else holds: it looks at every output file, which a build after an edit would otherwise pay for nothing.</param>
    public bool StillHolds(UInt128 inputs, Func<UInt128> outputNow, DateTimeOffset buildTime) =>
        Inputs == inputs
        && (!ShowsBuildTime || BuildTime == buildTime)
        && (NewestPostShown is not { } newest || buildTime >= newest)
        && (FirstPostHeldBack is not { } held || buildTime < held)
        && Output == outputNow();

    /// <summary>
    /// A hash of everything a build reads: the tool, the options, the configuration, every source file's path, size and
    /// modification time, the theme's templates and assets, and the data files' values. Null when a file was saved
    /// too shortly before <paramref name="now"/> to be told apart from a later save.
    /// </summary>
    public static UInt128? InputsOf(BuildOptions options, SiteConfig config, IEnumerable<string> sourceFiles, ThemeFiles theme,
        IReadOnlyDictionary<string, object?> data, DateTime now)
    {
        var hash = new ContentHash()
            .Add(BuildCacheFile.ToolIdentity.ToString())
            .Add(Path.GetFullPath(options.Source))
            .Add(options.DestinationOrDefault)
            .Add(options.Overrides.ConfigPath)
            .Add(options.Overrides.BaseUrl)
            .Add(config.ShowDrafts ? 1 : 0)
            .Add(config.ShowFuture ? 1 : 0)
            .Add(config.Environment)
            .Add(config.Url)
            .Add(config.BaseUrl)
            .AddValue(config.Values)
            .AddValue(data);
        // The theme gem's files and the Sass partials are not in the source scan, and a build reads them all.
        var files = sourceFiles.Concat(theme.Assets.Select(asset => asset.SourceFullPath).OfType<string>()).Concat(theme.WatchedFiles)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var info = new FileInfo(path);
            var written = info.Exists ? info.LastWriteTimeUtc : default;
            if (!FileTimestamps.Settled(written, now))
            {
                return null;
            }
            hash.Add(path).Add(info.Exists ? info.Length : -1).Add(written.Ticks);
        }
        foreach (var template in theme.Templates.OrderBy(t => t.DisplayPath, StringComparer.Ordinal))
        {
            hash.Add(template.Name).Add(template.DisplayPath).Add((long)template.Syntax).Add(template.Text);
        }
        foreach (var asset in theme.Assets)
        {
            hash.Add(asset.OutputPath).Add(asset.DisplayPath).Add(asset.SourceFullPath).Add(asset.Bytes?.Length ?? -1);
        }
        return hash.AddValue(theme.Config).Value;
    }

    /// <summary>
    /// A hash of every file under <paramref name="destination"/> (the staging folder of an unfinished write included)
    /// with its size and modification time: a file changed, added or removed by anyone since changes it.
    /// </summary>
    public static UInt128 OutputOf(string destination)
    {
        if (!Directory.Exists(destination))
        {
            return UInt128.Zero;
        }
        var entries = new FileSystemEnumerable<(string Path, long Length, long Written)>(destination,
            (ref entry) => (entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 });
        var hash = new ContentHash();
        foreach (var (path, length, written) in entries.OrderBy(entry => entry.Path, StringComparer.Ordinal))
        {
            hash.Add(path).Add(length).Add(written);
        }
        return hash.Value;
    }
}
