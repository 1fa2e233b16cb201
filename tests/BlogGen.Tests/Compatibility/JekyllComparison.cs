using BlogGen.Building;
using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Compatibility;

/// <summary>
/// One fixture site under tests/fixtures/jekyll built by <c>jekyll build</c> and by BlogGen, each from its own copy, and
/// every difference between the two outputs a reader could notice: a file only one of them wrote, or an HTML page
/// whose title, visible text, <c>&lt;pre&gt;</c> text or links differ. Made once per test class (see
/// <see cref="JekyllSites"/>), since Jekyll takes seconds; nothing is kept between test runs.
/// </summary>
public sealed class JekyllComparison : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bloggen-jekyll-" + Guid.NewGuid().ToString("N"));

    public JekyllComparison(string fixture)
    {
        if (ExternalCommand.Find("jekyll") is not { } jekyll)
        {
            return;
        }
        var source = RepositoryFiles.PathOf("tests", "fixtures", "jekyll", fixture);
        var jekyllSource = Copy(source, Path.Combine(_root, "jekyll-source"));
        var bloggenSource = Copy(source, Path.Combine(_root, "bloggen-source"));
        var jekyllOutput = Path.Combine(_root, "jekyll-site");
        var bloggenOutput = Path.Combine(_root, "bloggen-site");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        JekyllRun = ExternalCommand.Run(jekyll, ["build", "--quiet", "--source", jekyllSource, "--destination", jekyllOutput], jekyllSource);
        JekyllTime = clock.Elapsed;
        clock.Restart();
        Result = SiteBuilder.Build(new BuildOptions(bloggenSource, bloggenOutput, new ConfigOverrides()));
        BloggenTime = clock.Elapsed;
        Differences = Compare(jekyllOutput, bloggenOutput);
    }

    /// <summary>How <c>jekyll build</c> ended; its output says why when it failed.</summary>
    public ExternalCommandResult? JekyllRun { get; }

    public BuildResult? Result { get; }

    public TimeSpan JekyllTime { get; }

    public TimeSpan BloggenTime { get; }

    /// <summary>Every difference, by URL (the output path) and aspect: <c>file</c>, <c>title</c>, <c>text</c>, <c>pre</c>, <c>links</c>.</summary>
    public IReadOnlyList<Difference> Differences { get; } = [];

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
        GC.SuppressFinalize(this);
    }

    private static List<Difference> Compare(string jekyllOutput, string bloggenOutput)
    {
        var jekyllFiles = FilesIn(jekyllOutput);
        var bloggenFiles = FilesIn(bloggenOutput);
        var differences = new List<Difference>();
        foreach (var path in jekyllFiles.Union(bloggenFiles).Order(StringComparer.Ordinal))
        {
            if (!jekyllFiles.Contains(path) || !bloggenFiles.Contains(path))
            {
                differences.Add(new Difference(path, "file", jekyllFiles.Contains(path) ? "written" : "", bloggenFiles.Contains(path) ? "written" : ""));
                continue;
            }
            if (!path.EndsWith(".html", StringComparison.Ordinal))
            {
                continue;
            }
            var expected = ComparedPage.Of(File.ReadAllText(Path.Combine(jekyllOutput, path)));
            var actual = ComparedPage.Of(File.ReadAllText(Path.Combine(bloggenOutput, path)));
            differences.AddRange(expected.Aspects().Zip(actual.Aspects())
                .Where(pair => pair.First.Value != pair.Second.Value)
                .Select(pair => new Difference(path, pair.First.Aspect, pair.First.Value, pair.Second.Value)));
        }
        return differences;
    }

    private static HashSet<string> FilesIn(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal)
        : [];

    private static string Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }
}
