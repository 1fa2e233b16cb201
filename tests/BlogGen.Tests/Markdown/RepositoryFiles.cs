namespace BlogGen.Tests.Markdown;

internal static class RepositoryFiles
{
    public static string Read(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BlogGen.sln")))
            {
                return File.ReadAllText(Path.Combine(directory.FullName, relativePath));
            }
        }

        throw new InvalidOperationException($"BlogGen.sln not found above {AppContext.BaseDirectory}");
    }

    /// <summary>The body of a post: everything after the line that closes its front matter.</summary>
    public static string PostBody(string post)
    {
        var lines = post.Split('\n');
        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd('\r') == "---");
        return string.Join('\n', lines[(closing + 1)..]);
    }
}
