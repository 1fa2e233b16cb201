using System.Globalization;

using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Scaffolding;

/// <summary><c>bloggen new post</c>: a post (or draft) file with front matter, named from its title. Never overwrites.</summary>
public static class PostScaffolder
{
    /// <param name="source">The site folder; its <c>_config.yml</c> gives the time zone that decides "today".</param>
    /// <param name="now">The current instant; null means now (or SOURCE_DATE_EPOCH when set).</param>
    public static ScaffoldResult Create(string source, string title, bool draft, string? slug = null, DateTimeOffset? now = null)
    {
        source = Path.GetFullPath(source);
        var fileSlug = Slugifier.Slugify(slug ?? title);
        if (fileSlug.Length == 0)
        {
            return Failed(Diagnostic.Error(DiagnosticCodes.SlugEmpty, "", $"the title '{title}' gives no usable file name: give one with --slug, e.g. --slug my-post"));
        }
        var zone = ConfigLoader.Load(source, new ConfigOverrides()).Config.TimeZone;
        var local = TimeZoneInfo.ConvertTime(now ?? BuildClock.Now(), zone);
        var relative = draft
            ? $"_drafts/{fileSlug}.md"
            : $"_posts/{local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{fileSlug}.md";
        var path = Path.Combine(source, relative);
        var frontMatter = draft
            ? $"---\ntitle: {YamlText.Quote(title)}\ntags: []\n---\n"
            : $"---\ntitle: {YamlText.Quote(title)}\ndate: {FormatDate(local)}\ntags: []\n---\n";
        var text = frontMatter + "\nWrite the first paragraph here: it is the excerpt shown on the home page.\n";
        try
        {
            return NewFileWriter.TryCreate(path, text)
                ? new ScaffoldResult([path], [], [])
                : Failed(Diagnostic.Error(DiagnosticCodes.FileExists, relative, "a file with this name already exists and is never overwritten: choose another title or give a --slug"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(Diagnostic.Error(DiagnosticCodes.WriteFailed, relative, $"cannot write the file ({e.Message}): check that the folder is writable"));
        }
    }

    /// <summary>Jekyll's form with an explicit offset, <c>2025-02-13 07:55:52 +0800</c>, so the instant does not depend on the reader.</summary>
    private static string FormatDate(DateTimeOffset local)
    {
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return local.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture)
            + sign + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
    }

    private static ScaffoldResult Failed(Diagnostic diagnostic) => new([], [], [diagnostic]);
}
