namespace BlogGen.Tests.TestSupport;

/// <summary>Files of this repository (the seed post, fixtures), found from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SeedPostPath => Path.Combine(Root, "_posts", "000_60de0c3de778011c.txt");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BlogGen.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("BlogGen.sln not found above the test folder");
    }
}
