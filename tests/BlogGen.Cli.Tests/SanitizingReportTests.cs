namespace BlogGen.Cli.Tests;

/// <summary>
/// What a writer sees of the sanitizer: the summary names the files it removed things from, without --verbose, and
/// <c>bloggen build --explain-sanitizing FILE</c> lists each removal of one post with its line and rule.
/// </summary>
public sealed class SanitizingReportTests : IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    public SanitizingReportTests()
    {
        Directory.CreateDirectory(Path.Combine(_site, "_posts"));
        File.WriteAllText(Path.Combine(_site, "_config.yml"), "title: Reports\n");
        File.WriteAllText(Path.Combine(_site, "_posts", "2025-01-01-clean.md"), "---\ntitle: Clean\n---\nNothing to remove.\n");
        File.WriteAllText(Path.Combine(_site, "_posts", "2025-01-02-mirrored.md"), """
            ---
            title: Mirrored
            ---
            First paragraph.

            <center><video src="a.mp4">

            The paragraph after the unclosed video.

            <p onclick="steal()">Clicked <iframe src="https://evil.example/"></iframe></p>

            <iframe src="https://www.youtube.com/embed/x"></iframe>
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        for (var i = 3; i <= 6; i++)
        {
            File.WriteAllText(Path.Combine(_site, "_posts", $"2025-01-0{i}-font-{i}.md"), $"---\ntitle: Font {i}\n---\n<font color=red>red {i}</font>\n");
        }
        // The site's own template: written as it is, and named in the summary as not sanitized.
        File.WriteAllText(Path.Combine(_site, "landing.html"), "---\nlayout: none\n---\n<!DOCTYPE html>\n<html><head><script>go()</script></head><body><font>hi</font></body></html>\n");
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public void The_summary_names_the_first_files_with_removals_and_counts_the_rest()
    {
        var result = BloggenProcess.Run(_site, null, "build");

        Assert.Equal(0, result.ExitCode);
        const string Summary =
            "Sanitizer removals: 8 in 5 file(s): _posts/2025-01-02-mirrored.md, _posts/2025-01-03-font-3.md, _posts/2025-01-04-font-4.md and 2 more";
        Assert.True(result.Stdout.Contains(Summary, StringComparison.Ordinal), result.Stdout);
        Assert.Contains("Not sanitized: landing.html: whole HTML documents without a layout, written as they are, as layouts are\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<script>go()</script>", File.ReadAllText(Path.Combine(_site, "_site", "landing.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("BG2001", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("BG2004", result.Stderr, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(_site, "_site", "2025", "01", "02", "mirrored.html"));
        Assert.Contains("The paragraph after the unclosed video.", page, StringComparison.Ordinal);
        Assert.Contains("sandbox=\"allow-scripts allow-same-origin allow-presentation allow-popups\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_sanitizing_lists_each_removal_of_one_post_with_its_line_and_rule()
    {
        var post = Path.Combine("_posts", "2025-01-02-mirrored.md");

        var result = BloggenProcess.Run(_site, null, "build", "--explain-sanitizing", post);

        Assert.Equal(0, result.ExitCode);
        var explained = result.Stdout.Split('\n').Where(line => line.StartsWith("_posts/2025-01-02-mirrored.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "_posts/2025-01-02-mirrored.md(6): wrappers: removed <center> tag, kept its content",
            "_posts/2025-01-02-mirrored.md(6): media: removed <video> element",
            "_posts/2025-01-02-mirrored.md(10): frames: removed <iframe> element: its src \"https://evil.example/\" is not an https URL on the embeds list",
            "_posts/2025-01-02-mirrored.md(10): event-handlers: removed attribute onclick from <p>",
        ], explained);
        Assert.Contains("Sanitizing _posts/2025-01-02-mirrored.md: 4 removal(s)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_sanitizing_a_file_that_is_no_post_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(_site, "notes.txt"), "just a file");

        var result = BloggenProcess.Run(_site, null, "build", "--explain-sanitizing", "notes.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--explain-sanitizing", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("not a post or page of this site", result.Stderr, StringComparison.Ordinal);
    }
}
