using System.Globalization;

using BlogGen.Diagnostics;
using BlogGen.Sanitizing;

namespace BlogGen.Building;

/// <summary>
/// Every removal the sanitizer made in one post or page, for a writer who wants to know what went and why: the line
/// it came from and the rule (docs/sanitizing.md lists the rules).
/// </summary>
/// <param name="Path">The file as the build names it (relative to the source folder).</param>
/// <param name="Removals">In the order the sanitizer made them.</param>
public sealed record SanitizingExplanation(string Path, IReadOnlyList<SanitizeRemoval> Removals)
{
    /// <summary>One line per removal, sorted by line: <c>path(line): rule: message</c> (no line for one from front matter).</summary>
    public IEnumerable<string> Lines() => Removals
        .OrderBy(removal => removal.Line)
        .Select(removal => string.Create(CultureInfo.InvariantCulture,
            $"{Path}{(removal.Line > 0 ? $"({removal.Line})" : "")}: {removal.Rule}: {removal.Message}"));

    /// <summary>
    /// The summary's words on what the sanitizer removed: how many things in how many files, and the first few files by
    /// name, so a writer sees where to look without <c>--verbose</c>.
    /// </summary>
    public static string Summary(int removals, IReadOnlyList<Diagnostic> reports, int named = 3)
    {
        if (removals == 0)
        {
            return "0";
        }
        var (count, shown) = FilesOf(reports, DiagnosticCodes.SanitizerRemoved, named);
        return string.Create(CultureInfo.InvariantCulture,
            $"{removals} in {count} file(s): {shown} (--explain-sanitizing FILE shows each with its line and rule)");
    }

    /// <summary>
    /// The summary's words on pages written as they are, without the sanitizer (whole HTML documents without a layout),
    /// or null when there are none: a site's own template is trusted as a layout is, and the writer is told which pages.
    /// </summary>
    public static string? NotSanitized(IReadOnlyList<Diagnostic> reports, int named = 3)
    {
        var (count, shown) = FilesOf(reports, DiagnosticCodes.PageNotSanitized, named);
        return count == 0 ? null : string.Create(CultureInfo.InvariantCulture,
            $"{shown}: whole HTML documents without a layout, written as they are, as layouts are");
    }

    /// <summary>How many files have a report of that code, and the first few by name, then "and N more".</summary>
    private static (int Count, string Shown) FilesOf(IReadOnlyList<Diagnostic> reports, string code, int named)
    {
        var files = reports.Where(report => report.Code == code).Select(report => report.Path)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var more = files.Count > named ? string.Create(CultureInfo.InvariantCulture, $" and {files.Count - named} more") : "";
        return (files.Count, string.Join(", ", files.Take(named)) + more);
    }
}
