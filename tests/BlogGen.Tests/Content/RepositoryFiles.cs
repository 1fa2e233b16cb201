namespace BlogGen.Tests.Content;

/// <summary>Finds files of this repository from the test's output folder, so tests read the real seed post.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BlogGen.sln")))
            {
                return Path.Combine(folder.FullName, relativePath);
            }
        }
        throw new InvalidOperationException("BlogGen.sln not found above " + AppContext.BaseDirectory);
    }
}
