using System.Globalization;

using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Scaffolding;

/// <summary>
/// <c>bloggen new site</c>: a blog that builds at once. A non-empty folder is refused unless forced; even
/// then, a file that already exists is kept as it is, never overwritten.
/// </summary>
public static class SiteScaffolder
{
    /// <param name="now">The current instant (the welcome post's date, in UTC as the new config says); null means now.</param>
    public static ScaffoldResult Create(string directory, bool force, DateTimeOffset? now = null)
    {
        var root = Path.GetFullPath(directory);
        if (!force && Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            return new ScaffoldResult([], [], [Diagnostic.Error(DiagnosticCodes.FolderNotEmpty, directory,
                "the folder is not empty: choose a new or empty folder, or add --force to add the missing files (existing files are never overwritten)")]);
        }
        var date = (now ?? BuildClock.Now()).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var written = new List<string>();
        var kept = new List<string>();
        var diagnostics = new List<Diagnostic>();
        foreach (var (relative, text) in SiteTemplates.Files)
        {
            var path = Path.Combine(root, relative.Replace(SiteTemplates.DatePlaceholder, date, StringComparison.Ordinal));
            // The templates are raw string literals, which end without a newline; a text file ends with one, so that a
            // key added with `echo 'url: ...' >> _config.yml` starts a line of its own instead of joining the last one.
            var content = text.Replace(SiteTemplates.DatePlaceholder, date, StringComparison.Ordinal) + "\n";
            try
            {
                (NewFileWriter.TryCreate(path, content) ? written : kept).Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WriteFailed, path, $"cannot write the file ({e.Message}): check that the folder is writable"));
            }
        }
        return new ScaffoldResult(written, kept, diagnostics);
    }
}
