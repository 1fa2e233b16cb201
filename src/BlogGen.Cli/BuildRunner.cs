using System.Runtime.InteropServices;

using BlogGen.Building;
using BlogGen.Diagnostics;
using BlogGen.Output;

namespace BlogGen.Cli;

/// <summary>Runs a build with progress, then prints diagnostics and the summary.</summary>
internal static class BuildRunner
{
    public static int Run(BuildOptions options, Verbosity verbosity)
    {
        // SIGTERM (CI, containers, service managers) and Ctrl+C end the build as they would, but not while the new
        // site is being moved into place: the destination is left all old or all new.
        var guard = new CommitGuard();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => guard.Stop());
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => guard.Stop());
        BuildResult result;
        try
        {
            result = ProgressDisplay.Run(verbosity, progress => SiteBuilder.Build(options with { CommitGuard = guard }, progress));
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"error BG9999: BlogGen failed unexpectedly: {e.Message}");
            Console.Error.WriteLine(verbosity == Verbosity.Verbose ? e.ToString() : "Run again with --verbose to see where, and report it with that output.");
            return 1;
        }

        var annotate = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        var shown = result.Diagnostics.Concat(verbosity == Verbosity.Verbose ? result.SanitizerReports : [])
            .Where(d => verbosity != Verbosity.Quiet || d.Severity == Severity.Error)
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line);
        foreach (var diagnostic in shown)
        {
            Console.Error.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                Console.WriteLine(diagnostic.ToGitHubAnnotation());
            }
        }
        if (options.ExplainSanitizing is { } explained && !Explain(result.SanitizingExplanation, explained))
        {
            return 2;
        }
        if (verbosity != Verbosity.Quiet)
        {
            Summary.Print(result, options.DestinationOrDefault);
        }
        return result.ExitCode;
    }

    /// <summary>Prints what --explain-sanitizing asked for; false when the file is no post or page of the site.</summary>
    private static bool Explain(SanitizingExplanation? explanation, string file)
    {
        if (explanation is null)
        {
            Console.Error.WriteLine($"error: --explain-sanitizing {file}: not a post or page of this site (give the path of a Markdown or HTML file with front matter)");
            return false;
        }
        Console.WriteLine(explanation.Removals.Count == 0
            ? $"Sanitizing {explanation.Path}: nothing removed"
            : $"Sanitizing {explanation.Path}: {explanation.Removals.Count} removal(s)");
        foreach (var line in explanation.Lines())
        {
            Console.WriteLine(line);
        }
        return true;
    }
}
