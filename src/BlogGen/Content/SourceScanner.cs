using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <summary>Walks the source folder once, in sorted order, and sorts every file by what it is for.</summary>
public static class SourceScanner
{
    private static readonly string[] SpecialFolders = ["_posts", "_drafts", "_data", "_layouts", "_includes"];

    /// <summary>Folders at the top of the source that are never content, whatever the config says.</summary>
    private static readonly string[] ToolFolders = ["_site", ".bloggen-cache", "themes"];

    public static SourceTree Scan(SiteConfig config, string destinationDirectory)
    {
        var walker = new Walker(config, Path.GetFullPath(destinationDirectory));
        walker.WalkTop();
        return new SourceTree(walker.Posts, walker.Drafts, walker.Others, walker.Layouts, walker.Includes,
            Path.Combine(config.SourceDirectory, "_data"), walker.Diagnostics);
    }

    private sealed class Walker(SiteConfig config, string destination)
    {
        private readonly string _source = config.SourceDirectory;
        private readonly ExcludeMatcher _exclude = new(config.Exclude);
        private readonly ExcludeMatcher _include = new(config.Include);

        public List<SourceFile> Posts { get; } = [];
        public List<SourceFile> Drafts { get; } = [];
        public List<SourceFile> Others { get; } = [];
        public List<SourceFile> Layouts { get; } = [];
        public List<SourceFile> Includes { get; } = [];
        public List<Diagnostic> Diagnostics { get; } = [];

        public void WalkTop()
        {
            foreach (var entry in SortedEntries(_source))
            {
                var name = entry.Name;
                if (ToolFolders.Contains(name, StringComparer.Ordinal) && entry is DirectoryInfo)
                {
                    continue;
                }
                var target = Array.IndexOf(SpecialFolders, name) switch
                {
                    0 => Posts,
                    1 => Drafts,
                    2 => null,
                    3 => Layouts,
                    4 => Includes,
                    _ => Others,
                };
                if (entry is DirectoryInfo && name.StartsWith('_') && target != Others)
                {
                    if (target is not null)
                    {
                        WalkAll(entry.FullName, target);
                    }
                    continue;
                }
                Visit(entry, Others);
            }
        }

        /// <summary>Special folders: every file except dot-files.</summary>
        private void WalkAll(string directory, List<SourceFile> target)
        {
            foreach (var entry in SortedEntries(directory))
            {
                if (entry.Name.StartsWith('.') || !IsFollowable(entry))
                {
                    continue;
                }
                if (entry is DirectoryInfo)
                {
                    WalkAll(entry.FullName, target);
                }
                else
                {
                    target.Add(new SourceFile(entry.FullName, Relative(entry.FullName)));
                }
            }
        }

        private void Visit(FileSystemInfo entry, List<SourceFile> target)
        {
            var relative = Relative(entry.FullName);
            if (IsSameOrInside(entry.FullName, destination) || !IsContent(entry.Name, relative) || !IsFollowable(entry))
            {
                return;
            }
            if (entry is DirectoryInfo)
            {
                foreach (var child in SortedEntries(entry.FullName))
                {
                    Visit(child, target);
                }
            }
            else
            {
                target.Add(new SourceFile(entry.FullName, relative));
            }
        }

        private bool IsContent(string name, string relative)
        {
            if (_include.Matches(relative))
            {
                return true;
            }
            return !name.StartsWith('.') && !name.StartsWith('_') && !name.EndsWith('~') && !name.StartsWith('#')
                && !_exclude.Matches(relative);
        }

        /// <summary>Symlinks are followed only to files inside the source, so a build never reads or copies files from elsewhere.</summary>
        private bool IsFollowable(FileSystemInfo entry)
        {
            if (entry.LinkTarget is null)
            {
                return true;
            }
            var resolved = entry.ResolveLinkTarget(returnFinalTarget: true);
            if (entry is FileInfo && resolved is not null && resolved.Exists && IsSameOrInside(resolved.FullName, _source))
            {
                return true;
            }
            var what = entry is DirectoryInfo ? "a symbolic link to a folder" : "a symbolic link that points outside the source folder";
            Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SymlinkSkipped, Relative(entry.FullName),
                $"{what} is not followed: copy the files into the source folder if they belong to the site"));
            return false;
        }

        private string Relative(string fullPath) => Path.GetRelativePath(_source, fullPath).Replace('\\', '/');

        private static IEnumerable<FileSystemInfo> SortedEntries(string directory) =>
            new DirectoryInfo(directory)
                .EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true })
                .OrderBy(e => e.Name, StringComparer.Ordinal);
    }

    public static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
