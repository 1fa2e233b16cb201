namespace BlogGen.Server;

/// <summary>What a request path names inside the served folder.</summary>
internal abstract record SiteFile
{
    private SiteFile()
    {
    }

    /// <summary>A file inside the root.</summary>
    public sealed record Found(string FullPath) : SiteFile;

    /// <summary>A folder asked for without its trailing slash: redirect so relative links resolve.</summary>
    public sealed record Folder : SiteFile;

    public sealed record Missing : SiteFile;

    /// <summary>Finds the file the way GitHub Pages does: <c>index.html</c> for folders, <c>/x</c> as <c>x.html</c>.
    /// Whatever the path, the result is inside <paramref name="root"/> or missing.</summary>
    public static SiteFile Resolve(string root, RequestPath path)
    {
        var rootFull = Path.GetFullPath(root);
        var candidate = Path.GetFullPath(Path.Combine([rootFull, .. path.Segments]));
        if (candidate != rootFull && !IsInside(rootFull, candidate))
        {
            return new Missing();
        }
        if (path.IsFolder || path.Segments.Count == 0)
        {
            return Existing(rootFull, Path.Combine(candidate, "index.html"));
        }
        if (File.Exists(candidate))
        {
            return Existing(rootFull, candidate);
        }
        if (Directory.Exists(candidate))
        {
            return new Folder();
        }
        return Existing(rootFull, candidate + ".html");
    }

    private static SiteFile Existing(string root, string path) =>
        File.Exists(path) && IsInside(root, Path.GetFullPath(path)) ? new Found(path) : new Missing();

    private static bool IsInside(string root, string path) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
