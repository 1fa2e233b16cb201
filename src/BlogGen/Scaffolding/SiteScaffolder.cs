using System.Globalization;

using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Scaffolding;

/// <summary>
/// <c>bloggen new site</c>: a blog that builds at once, with BlogGen pinned in its tool manifest. A non-empty folder is
/// refused unless forced; even then, a file that already exists is kept as it is, never overwritten. A folder that is
/// already a Jekyll blog (<c>_config.yml</c> and <c>_posts/</c>) gets only what moving it to BlogGen takes, the tool
/// manifest and the publishing workflow: its content is never touched, so no <c>--force</c> is needed there.
/// </summary>
public static class SiteScaffolder
{
    /// <param name="toolVersion">The BlogGen version the tool manifest pins: the one running.</param>
    /// <param name="now">The current instant (the welcome post's date, in UTC as the new config says); null means now.</param>
    public static ScaffoldResult Create(string directory, bool force, string toolVersion, DateTimeOffset? now = null)
    {
        var root = Path.GetFullPath(directory);
        var existingBlog = File.Exists(Path.Combine(root, "_config.yml")) && Directory.Exists(Path.Combine(root, "_posts"));
        if (!force && !existingBlog && Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            return new ScaffoldResult([], [], [Diagnostic.Error(DiagnosticCodes.FolderNotEmpty, directory,
                "the folder is not empty: choose a new or empty folder, or add --force to add the missing files (existing files are never overwritten)")]);
        }
        var date = (now ?? BuildClock.Now()).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var written = new List<string>();
        var kept = new List<string>();
        var diagnostics = new List<Diagnostic>();
        IEnumerable<(string Path, string Text)> files = [.. SiteTemplates.Files, (ToolManifest.RelativePath, ToolManifest.Text(toolVersion))];
        foreach (var (relative, text) in existingBlog ? files.Where(f => f.Path is ToolManifest.RelativePath or SiteTemplates.WorkflowPath) : files)
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
        if (KeptManifestProblem(Path.Combine(root, ToolManifest.RelativePath), kept, toolVersion) is { } problem)
        {
            diagnostics.Add(problem);
        }
        if (existingBlog && !IgnoresBuildCache(Path.Combine(root, ".gitignore")))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.CacheNotIgnoredByGit, Path.Combine(root, ".gitignore"),
                $"git does not ignore {BuildCacheFolder}/, BlogGen's build cache: add a line '{BuildCacheFolder}/' to .gitignore, so that it is never committed"));
        }
        return new ScaffoldResult(written, kept, diagnostics, existingBlog);
    }

    private const string BuildCacheFolder = ".bloggen-cache";

    /// <summary>Whether the blog's .gitignore has a line naming the build cache folder (a Jekyll blog's does not).</summary>
    private static bool IgnoresBuildCache(string gitignore)
    {
        try
        {
            return File.Exists(gitignore) && File.ReadLines(gitignore).Select(line => line.Trim().TrimStart('/').TrimEnd('/'))
                .Any(line => line == BuildCacheFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A manifest that was already there and does not list BlogGen: the workflow's <c>dotnet tool restore</c> would not install it.</summary>
    private static Diagnostic? KeptManifestProblem(string manifest, List<string> kept, string toolVersion)
    {
        if (!kept.Contains(manifest))
        {
            return null;
        }
        var pin = ToolManifest.Read(manifest);
        return pin.Problem ?? (pin.Version is null
            ? Diagnostic.Warning(DiagnosticCodes.ToolManifestWithoutBlogGen, manifest,
                $"the tool manifest exists and does not list BlogGen, which the workflow installs with 'dotnet tool restore': run 'dotnet tool install BlogGen --version {toolVersion}' in the site to add it")
            : null);
    }
}
