using System.Globalization;

using BlogGen.Building;
using BlogGen.Diagnostics;

using Spectre.Console;

namespace BlogGen.Cli;

/// <summary>The closing summary: a table on a terminal, plain lines when output is redirected.</summary>
internal static class Summary
{
    public static void Print(BuildResult result, string destination)
    {
        (string Label, string Value)[] rows =
        [
            ("Posts", N(result.Posts)),
            ("Pages", N(result.Pages)),
            ("Static files", N(result.StaticFiles)),
            ("Files written", N(result.FilesWritten)),
            ("Files unchanged", N(result.FilesUnchanged)),
            ("Files removed", N(result.FilesDeleted)),
            ("Reused from the cache", result.NothingChanged
                ? "everything: nothing changed since the last build"
                : $"{N(result.BodiesReused)} bodies, {N(result.PagesReused)} pages, {N(result.SearchShardsReused)} search shards"),
            .. result.CacheIgnored.Select(why => ("Cache", why + ", so what it held was made again")),
            ("Sanitizer removals", SanitizingExplanation.Summary(result.SanitizerRemovals, result.SanitizerReports)),
            .. SanitizingExplanation.NotSanitized(result.SanitizerReports) is { } notSanitized ? [("Not sanitized", notSanitized)] : Array.Empty<(string, string)>(),
            ("Warnings", N(result.Warnings)),
            ("Errors", N(result.Errors)),
            ("Time", $"{result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s"),
        ];
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Ansi)
        {
            foreach (var (label, value) in rows)
            {
                Console.WriteLine($"{label}: {value}");
            }
            Console.WriteLine(Outcome(result, destination));
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        foreach (var (label, value) in rows)
        {
            table.AddRow(Markup.Escape(label), Markup.Escape(value));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(result.Errors == 0
            ? $"[green]Built the site into[/] {Markup.Escape(destination)}"
            : $"[red]{Markup.Escape(Outcome(result, destination))}[/]");
    }

    /// <summary>The last line: when writing failed, it says what became of the destination rather than "built".</summary>
    private static string Outcome(BuildResult result, string destination) => result.Diagnostics.Select(d => d.Code).ToHashSet() switch
    {
        var codes when codes.Contains(DiagnosticCodes.OutputPartlyWritten) =>
            $"The site was only partly written into {destination}: fix the error above and build again to finish it",
        var codes when codes.Contains(DiagnosticCodes.OutputWriteFailed) =>
            $"The site was not written, and nothing in {destination} was changed",
        _ when result.Errors == 0 => $"Built the site into {destination}",
        _ => $"Built the site into {destination} with {N(result.Errors)} error(s)",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
