using System.Text.RegularExpressions;

using BlogGen.Diagnostics;
using BlogGen.Sources;

namespace BlogGen.Content;

/// <summary>
/// The files Jekyll's <c>{% include_relative name %}</c> reads: <c>name</c> in the folder of the page being rendered (a
/// post's is <c>_posts/</c>), whether the tag is in the page's body, in a layout or in an include. Templating never reads
/// the disk, so before anything renders the content stage reads each file a tag names, beside every page that may
/// render that tag: a body's tags beside its own document, a layout's or include's beside every document and at the top
/// of the site (pages BlogGen generates). A name Liquid computes (<c>{{ page.file }}</c>) cannot be known before; it is
/// reported where it is rendered. The text is the whole file, front matter and all, as Jekyll reads it.
/// </summary>
public static partial class IncludeRelativeFiles
{
    /// <param name="Files">Each file found, named by its path from the source folder (<c>docs/notes.md</c>).</param>
    /// <param name="FullPaths">Where each was read, for the build to know what it depends on.</param>
    public sealed record Result(IReadOnlyList<ThemeTemplate> Files, IReadOnlyList<string> FullPaths, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// Jekyll's rule for an include's name: only letters, digits and <c>_ / . - ( ) + ~ # @</c>, and no <c>..</c>,
    /// <c>./</c> or <c>//</c>, so that no name leaves the folder it is looked up in.
    /// </summary>
    public static bool IsValidName(string name) => ValidName().IsMatch(name) && !InvalidSequence().IsMatch(name);

    /// <summary>The path from the source folder of <paramref name="name"/> as seen from the page at <paramref name="pagePath"/> (null: the top of the site).</summary>
    public static string PathOf(string? pagePath, string name)
    {
        var folder = pagePath is null ? "" : Path.GetDirectoryName(pagePath)?.Replace('\\', '/') ?? "";
        name = name.TrimStart('/');
        return folder.Length == 0 ? name : folder + "/" + name;
    }

    /// <param name="sourceDirectory">The site's source folder; files are read from it only.</param>
    /// <param name="documents">Every document that renders: its body is looked through, and its folder is where layouts' tags look.</param>
    /// <param name="templates">Every layout and include.</param>
    public static Result Read(string sourceDirectory, IEnumerable<Document> documents, IEnumerable<ThemeTemplate> templates)
    {
        var wanted = new SortedSet<string>(StringComparer.Ordinal);
        var pagePaths = new List<string?> { null };
        foreach (var document in documents)
        {
            pagePaths.Add(document.Source.RelativePath);
            foreach (var name in NamesIn(document.Body))
            {
                wanted.Add(PathOf(document.Source.RelativePath, name));
            }
        }
        foreach (var name in templates.SelectMany(template => NamesIn(template.Text)).Distinct(StringComparer.Ordinal))
        {
            foreach (var pagePath in pagePaths)
            {
                wanted.Add(PathOf(pagePath, name));
            }
        }
        var files = new List<ThemeTemplate>();
        var fullPaths = new List<string>();
        var diagnostics = new List<Diagnostic>();
        var realSource = ResolvedPath.Of(sourceDirectory);
        // A file read may itself include others, found from the same pages: read until no new name turns up.
        var pending = new Queue<string>(wanted);
        while (pending.TryDequeue(out var path))
        {
            var fullPath = Path.GetFullPath(Path.Combine(sourceDirectory, path));
            if (!File.Exists(fullPath))
            {
                continue;
            }
            // As the scanner does with links: one that leads out of the site is not followed, so no tag shows what is outside it.
            if (!SourceScanner.IsLexicallySameOrInside(ResolvedPath.Of(fullPath), realSource))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.IncludeRelativeNotFound, path,
                    "include_relative does not read this file: it is a symbolic link to outside the source folder; copy the file into the site"));
                continue;
            }
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(fullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.IncludeRelativeNotFound, path, $"include_relative cannot read this file: {e.Message}"));
                continue;
            }
            fullPaths.Add(fullPath);
            if (SourceText.Decode(bytes, path, out var notText) is { } text)
            {
                files.Add(new ThemeTemplate(path, path, text, TemplateSyntax.Liquid));
                foreach (var name in NamesIn(text))
                {
                    foreach (var pagePath in pagePaths)
                    {
                        var nested = PathOf(pagePath, name);
                        if (wanted.Add(nested))
                        {
                            pending.Enqueue(nested);
                        }
                    }
                }
            }
            else if (notText is not null)
            {
                diagnostics.Add(notText);
            }
        }
        return new Result(files, fullPaths, diagnostics);
    }

    /// <summary>The valid names <c>{% include_relative %}</c> tags in <paramref name="text"/> give as written, outside <c>{% raw %}</c>.</summary>
    private static IEnumerable<string> NamesIn(string text)
    {
        // Text with an unclosed tag or block is not rendered as Liquid (the parser reports it), so it includes nothing.
        if (!text.Contains("include_relative", StringComparison.Ordinal) || UnclosedLiquid.First(text) is not null)
        {
            yield break;
        }
        foreach (Match tag in Tag().Matches(text))
        {
            if (tag.Groups["name"] is { Success: true } found && found.Value.Trim('\'', '"') is var name && IsValidName(name))
            {
                yield return name;
            }
        }
    }

    [GeneratedRegex(LiquidTokens.Block + @"|\{%-?\s*include_relative\s+(?<name>'[^'\n]*'|""[^""\n]*""|[^\s'""%{}][^\s%{}]*)|" + LiquidTokens.OutputOrTag,
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Tag();

    // Ruby's \w, which Jekyll's rule uses, is ASCII only.
    [GeneratedRegex(@"^[A-Za-z0-9_/.\-()+~#@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();

    [GeneratedRegex(@"[./]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex InvalidSequence();
}
