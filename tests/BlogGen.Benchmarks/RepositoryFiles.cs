namespace BlogGen.Benchmarks;

/// <summary>
/// Inputs kept in this repository: the seed post and the 60-post fixture site. Found by walking up from the running
/// program, which BenchmarkDotNet starts from a folder of its own below this project's bin/.
/// </summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The mirrored Chinese news article with its big embedded HTML block.</summary>
    public static string SeedPost => Path.Combine(Root, "_posts", "000_60de0c3de778011c.txt");

    /// <summary>A site made by make-corpus.py --posts 60 --flavor bloggen; only read, never built into.</summary>
    public static string CorpusSite => Path.Combine(Root, "tests", "fixtures", "corpus-60");

    /// <summary>A Markdown note of that site: headings, a table, inline HTML, a Python and a C# block.</summary>
    public const string MarkdownNote = "_posts/2017-08-23-async-await-these-field-old-search-another-find.md";

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BlogGen.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("BlogGen.sln not found above the benchmark program's folder");
    }
}
