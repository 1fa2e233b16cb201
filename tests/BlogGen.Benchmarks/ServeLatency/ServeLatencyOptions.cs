using System.Globalization;

namespace BlogGen.Benchmarks.ServeLatency;

/// <summary>The command line of <c>serve-latency</c>.</summary>
/// <param name="Bloggen">The built bloggen program, run directly.</param>
/// <param name="Site">A site folder; one of its posts is edited during the run and restored afterwards.</param>
/// <param name="Runs">How many saves are timed.</param>
/// <param name="Post">The post to edit, relative to the site; null for the middle one of <c>_posts/</c> by name.</param>
/// <param name="Timeout">How long one save may take to show before the run gives up.</param>
/// <param name="Settle">Quiet time after each save, so the next one does not land in a rebuild still running.</param>
internal sealed record ServeLatencyOptions(string Bloggen, string Site, int Runs, string? Post, TimeSpan Timeout, TimeSpan Settle)
{
    public const string Usage = """
        usage: serve-latency --site DIR [--bloggen PATH] [--runs N] [--post _posts/FILE.md] [--timeout SECONDS] [--settle-ms MS]

        Starts `bloggen serve` on DIR on a free loopback port, waits for its first build, then N times appends a line with a
        unique marker to one post and measures the time until GET of that post's URL returns the marker, and until the live
        reload event arrives. The post is restored afterwards. Defaults: --bloggen bloggen (on PATH), --runs 20, the middle
        post of _posts/, --timeout 600, --settle-ms 1000.
        """;

    public static ServeLatencyOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        string? site = null;
        var bloggen = "bloggen";
        var runs = 20;
        string? post = null;
        var timeout = TimeSpan.FromSeconds(600);
        var settle = TimeSpan.FromMilliseconds(1000);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--site" when value is not null:
                    site = value;
                    break;
                case "--bloggen" when value is not null:
                    bloggen = value;
                    break;
                case "--runs" when PositiveNumber(value) is { } number:
                    runs = number;
                    break;
                case "--post" when value is not null:
                    post = value;
                    break;
                case "--timeout" when PositiveNumber(value) is { } seconds:
                    timeout = TimeSpan.FromSeconds(seconds);
                    break;
                case "--settle-ms" when PositiveNumber(value) is { } milliseconds:
                    settle = TimeSpan.FromMilliseconds(milliseconds);
                    break;
                default:
                    error.WriteLine($"serve-latency: '{args[i]}' is not an option here, or its value is missing or not a positive number.");
                    error.WriteLine(Usage);
                    return null;
            }
            i++;
        }
        if (site is null || !Directory.Exists(site))
        {
            error.WriteLine($"serve-latency: pass --site with an existing site folder{(site is null ? "" : $" ('{site}' does not exist)")}.");
            error.WriteLine(Usage);
            return null;
        }
        return new ServeLatencyOptions(bloggen, Path.GetFullPath(site), runs, post, timeout, settle);
    }

    private static int? PositiveNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
