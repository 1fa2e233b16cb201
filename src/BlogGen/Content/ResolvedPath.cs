namespace BlogGen.Content;

/// <summary>
/// A path with every symbolic link in it followed, as the operating system will follow them when the path is used.
/// The part that does not exist yet is kept as written.
/// </summary>
internal static class ResolvedPath
{
    // Linux gives up after 40 links in one lookup (ELOOP); a longer chain is a loop.
    private const int MaximumLinks = 40;

    public static string Of(string path)
    {
        var pending = new Stack<string>();
        var current = Push(pending, Path.GetFullPath(path));
        var links = 0;
        while (pending.TryPop(out var name))
        {
            var next = Path.Combine(current, name);
            if (new FileInfo(next).LinkTarget is { } target && links++ < MaximumLinks)
            {
                current = Push(pending, Path.GetFullPath(target, current));
                continue;
            }
            if (!Path.Exists(next))
            {
                return Path.Combine([next, .. pending]);
            }
            current = next;
        }
        return current;
    }

    /// <summary>Pushes the path's names so the first pops first, and returns its root.</summary>
    private static string Push(Stack<string> pending, string fullPath)
    {
        var root = Path.GetPathRoot(fullPath)!;
        foreach (var name in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            pending.Push(name);
        }
        return root;
    }
}
