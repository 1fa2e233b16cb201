using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <summary>Walks the source folder once and sorts every file by what it is for; each list is in ordinal path order.</summary>
public static class SourceScanner
{
    public static SourceTree Scan(SiteConfig config, string destinationDirectory)
    {
        var walker = new Walker(config, Path.GetFullPath(destinationDirectory));
        walker.WalkTop();
        return new SourceTree(Sorted(walker.Posts), Sorted(walker.Drafts), Sorted(walker.Others), Sorted(walker.Layouts),
            Sorted(walker.Includes), Path.Combine(config.SourceDirectory, "_data"), walker.Diagnostics)
        {
            Items = Sorted(walker.Items),
        };
    }

    private static List<SourceFile> Sorted(List<SourceFile> files)
    {
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
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
        public List<SourceFile> Items { get; } = [];
        public List<Diagnostic> Diagnostics { get; } = [];

        public void WalkTop()
        {
            foreach (var entry in SortedEntries(_source))
            {
                if (entry is not DirectoryInfo)
                {
                    Visit(entry, Others, underscoreIsContent: false);
                    continue;
                }
                switch (entry.Name)
                {
                    case "_site" or ".bloggen-cache" or "themes": // never content, whatever the config says
                    case "_data": // read by the data loader, which has its own rules
                        break;
                    case "_posts":
                        VisitSpecialFolder(entry, Posts, underscoreIsContent: false);
                        break;
                    case "_drafts":
                        VisitSpecialFolder(entry, Drafts, underscoreIsContent: false);
                        break;
                    case "_layouts":
                        VisitSpecialFolder(entry, Layouts, underscoreIsContent: false);
                        break;
                    case "_includes":
                        // Templates name includes explicitly, so `{% include _note.html %}` must find its file.
                        VisitSpecialFolder(entry, Includes, underscoreIsContent: true);
                        break;
                    case var name when name.Length > 1 && config.CollectionOf(name[1..]) is not null:
                        VisitSpecialFolder(entry, Items, underscoreIsContent: false);
                        break;
                    default:
                        Visit(entry, Others, underscoreIsContent: false);
                        break;
                }
            }
        }

        private void VisitSpecialFolder(FileSystemInfo folder, List<SourceFile> target, bool underscoreIsContent)
        {
            if (!_exclude.Matches(folder.Name) && IsFollowable(folder))
            {
                VisitChildren(folder, target, underscoreIsContent);
            }
        }

        private void Visit(FileSystemInfo entry, List<SourceFile> target, bool underscoreIsContent)
        {
            var relative = Relative(entry.FullName);
            if (IsInDestination(entry.FullName) || !IsContent(entry.Name, relative, underscoreIsContent) || !IsFollowable(entry))
            {
                return;
            }
            if (entry is DirectoryInfo)
            {
                VisitChildren(entry, target, underscoreIsContent);
            }
            else
            {
                target.Add(new SourceFile(entry.FullName, relative));
            }
        }

        /// <summary>Asked for every file: listed full paths that do not begin like the destination (case aside) are not in it.</summary>
        private bool IsInDestination(string fullPath) =>
            fullPath.StartsWith(Path.TrimEndingDirectorySeparator(destination), StringComparison.OrdinalIgnoreCase)
            && IsLexicallySameOrInside(fullPath, destination);

        private void VisitChildren(FileSystemInfo folder, List<SourceFile> target, bool underscoreIsContent)
        {
            foreach (var child in SortedEntries(folder.FullName))
            {
                Visit(child, target, underscoreIsContent);
            }
        }

        /// <summary>
        /// Jekyll's rules: names starting with '.', '_', '#' or '~' and backups ending in '~' are not content, nor what
        /// <c>exclude:</c> names; <c>include:</c> (a path, or a name anywhere) brings any of them back.
        /// </summary>
        private bool IsContent(string name, string relative, bool underscoreIsContent)
        {
            if (_include.Matches(relative) || _include.Matches(name))
            {
                return true;
            }
            var special = name[0] is '.' or '#' or '~' || (name[0] == '_' && !underscoreIsContent) || name.EndsWith('~');
            return !special && !_exclude.Matches(relative);
        }

        /// <summary>Symlinks are followed only to files inside the source, so a build never reads or copies files from elsewhere.</summary>
        private bool IsFollowable(FileSystemInfo entry)
        {
            // The attribute comes with the directory listing; reading the link target is a system call per file.
            if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || entry.LinkTarget is null)
            {
                return true;
            }
            string problem;
            if (entry is DirectoryInfo)
            {
                problem = "a symbolic link to a folder is not followed: copy the files into the source folder if they belong to the site";
            }
            else if (ResolveFile(entry) is not { Exists: true } resolved)
            {
                problem = "a symbolic link whose target does not exist is not followed: fix the link or delete it";
            }
            else if (IsSameOrInside(resolved.FullName, _source))
            {
                return true;
            }
            else
            {
                problem = "a symbolic link that points outside the source folder is not followed: copy the file into the source folder if it belongs to the site";
            }
            Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SymlinkSkipped, Relative(entry.FullName), problem));
            return false;
        }

        private static FileSystemInfo? ResolveFile(FileSystemInfo link)
        {
            try
            {
                return link.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                return null; // links that point at each other in a loop
            }
        }

        private string Relative(string fullPath) => Path.GetRelativePath(_source, fullPath).Replace('\\', '/');

        private static IEnumerable<FileSystemInfo> SortedEntries(string directory) =>
            new DirectoryInfo(directory)
                .EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true })
                .OrderBy(e => e.Name, StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it, as written or once
    /// symbolic links are followed: a link to the source must not pass for another folder.</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        IsLexicallySameOrInside(path, folder) || IsLexicallySameOrInside(ResolvedPath.Of(path), ResolvedPath.Of(folder));

    internal static bool IsLexicallySameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
