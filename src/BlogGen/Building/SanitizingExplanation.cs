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
        var files = reports.Select(report => report.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", files.Take(named));
        var more = files.Count > named ? string.Create(CultureInfo.InvariantCulture, $" and {files.Count - named} more") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{removals} in {files.Count} file(s): {shown}{more} (--explain-sanitizing FILE shows each with its line and rule)");
    }
}
