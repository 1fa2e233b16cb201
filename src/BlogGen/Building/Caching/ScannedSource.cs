using BlogGen.Content;

namespace BlogGen.Building.Caching;

/// <summary>
/// The source tree of the last build and the full path of every file in it: the next build of the session scans the
/// source folder again only when a file watcher reported a change that can alter the tree.
/// </summary>
/// <param name="Settings">A hash of what the scan depended on: the folders and the include and exclude patterns.</param>
internal sealed record ScannedSource(UInt128 Settings, SourceTree Tree, IReadOnlySet<string> Files)
{
    public static ScannedSource Of(UInt128 settings, SourceTree tree) => new(settings, tree,
        tree.Posts.Concat(tree.Drafts).Concat(tree.Others).Concat(tree.Layouts).Concat(tree.Includes).Concat(tree.Items)
            .Select(file => file.FullPath).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Whether the tree is still the source's after <paramref name="changed"/>: each changed path is a file of the tree
    /// that is still a file (its content changed), or a path in neither the tree nor the source folder (an editor's
    /// temporary file, gone again). A new, deleted or excluded file, a folder or the configuration calls for a scan.
    /// </summary>
    public bool StillHolds(UInt128 settings, IReadOnlyCollection<string> changed) =>
        settings == Settings && changed.All(path => Files.Contains(path) ? File.Exists(path) : !Path.Exists(path));
}
