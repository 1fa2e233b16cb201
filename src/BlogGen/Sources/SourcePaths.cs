namespace BlogGen.Sources;

/// <summary>How paths are shown to users and stored between stages: relative to the source, with '/' separators.</summary>
public static class SourcePaths
{
    public static string Display(string sourceDirectory, string fullPath)
    {
        var relative = Path.GetRelativePath(sourceDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath.Replace('\\', '/')
            : relative.Replace('\\', '/');
    }
}
