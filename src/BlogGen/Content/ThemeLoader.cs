using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <summary>
/// Gathers layouts, includes and assets. Later layers win: the built-in theme (for theme "default"),
/// then <c>themes/&lt;theme&gt;/</c> in the site, then the site's own <c>_layouts/</c> and <c>_includes/</c>.
/// </summary>
public static class ThemeLoader
{
    public static (ThemeFiles Theme, IReadOnlyList<Diagnostic> Diagnostics) Load(SiteConfig config, SourceTree tree)
    {
        var diagnostics = new List<Diagnostic>();
        var layouts = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        var includes = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, StaticFile>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, object?> themeConfig = new Dictionary<string, object?>(StringComparer.Ordinal);

        var themeDirectory = Path.Combine(config.SourceDirectory, "themes", config.Theme);
        var hasThemeFolder = Directory.Exists(themeDirectory);
        if (config.Theme == "default" || !hasThemeFolder)
        {
            if (config.Theme != "default")
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigValueInvalid, config.ConfigPath,
                    $"theme: no folder themes/{config.Theme}/ in the source: create it, or remove `theme:` to use the built-in theme"));
            }
            var files = EmbeddedTheme.Files.Select(path => new ThemeEntry(path, $"{EmbeddedTheme.DisplayRoot}/{path}", null));
            AddLayer(files, EmbeddedTheme.Read);
        }
        if (hasThemeFolder)
        {
            var files = Directory.EnumerateFiles(themeDirectory, "*", SearchOption.AllDirectories)
                .Select(full => new ThemeEntry(Path.GetRelativePath(themeDirectory, full).Replace('\\', '/'),
                    SourcePaths.Display(config.SourceDirectory, full), full))
                .OrderBy(e => e.ThemePath, StringComparer.Ordinal);
            AddLayer(files, path => File.ReadAllBytes(Path.Combine(themeDirectory, path)));
        }

        var siteSyntax = config.TemplateSyntax == "scriban" ? TemplateSyntax.Scriban : TemplateSyntax.Liquid;
        AddTemplates(tree.Layouts, "_layouts", layouts, siteSyntax, isLayout: true);
        AddTemplates(tree.Includes, "_includes", includes, siteSyntax, isLayout: false);

        return (new ThemeFiles(layouts, includes, [.. assets.Values], themeConfig), diagnostics);

        void AddLayer(IEnumerable<ThemeEntry> entries, Func<string, byte[]> read)
        {
            var list = entries.ToList();
            var manifest = list.FirstOrDefault(e => e.ThemePath == "theme.yml");
            var syntax = TemplateSyntax.Scriban;
            if (manifest is not null && ReadText(read(manifest.ThemePath), manifest.DisplayPath) is { } manifestText)
            {
                var parsed = YamlValueReader.ReadMapping(manifestText, manifest.DisplayPath, 0, TimeZoneInfo.Utc);
                diagnostics.AddRange(parsed.Diagnostics);
                if (parsed.Values.GetValueOrDefault("config") is IReadOnlyDictionary<string, object?> values)
                {
                    themeConfig = values;
                }
                if (parsed.Values.GetValueOrDefault("syntax") is "liquid")
                {
                    syntax = TemplateSyntax.Liquid;
                }
            }
            foreach (var entry in list)
            {
                var (folder, rest) = SplitFirst(entry.ThemePath);
                switch (folder)
                {
                    case "layouts" when ReadText(read(entry.ThemePath), entry.DisplayPath) is { } text:
                        layouts[LayoutName(rest)] = new ThemeTemplate(LayoutName(rest), entry.DisplayPath, text, SyntaxOf(rest, syntax));
                        break;
                    case "includes" when ReadText(read(entry.ThemePath), entry.DisplayPath) is { } text:
                        includes[rest] = new ThemeTemplate(rest, entry.DisplayPath, text, SyntaxOf(rest, syntax));
                        break;
                    case "assets":
                        assets[entry.ThemePath] = entry.FullPath is null
                            ? new StaticFile(entry.ThemePath, entry.DisplayPath, null, read(entry.ThemePath))
                            : new StaticFile(entry.ThemePath, entry.DisplayPath, entry.FullPath, null);
                        break;
                }
            }
        }

        void AddTemplates(IReadOnlyList<SourceFile> files, string folder, Dictionary<string, ThemeTemplate> target, TemplateSyntax syntax, bool isLayout)
        {
            foreach (var file in files)
            {
                var rest = file.RelativePath[(folder.Length + 1)..];
                if (ReadText(File.ReadAllBytes(file.FullPath), file.RelativePath) is { } text)
                {
                    var name = isLayout ? LayoutName(rest) : rest;
                    target[name] = new ThemeTemplate(name, file.RelativePath, text, SyntaxOf(rest, syntax));
                }
            }
        }

        string? ReadText(byte[] bytes, string displayPath)
        {
            var text = SourceText.Decode(bytes, displayPath, out var error);
            if (error is not null)
            {
                diagnostics.Add(error);
            }
            return text;
        }
    }

    /// <summary><c>post.html</c>, <c>post.sbn-html</c> and <c>post.liquid</c> are all the layout <c>post</c>.</summary>
    private static string LayoutName(string fileName)
    {
        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? fileName : fileName[..dot];
    }

    private static TemplateSyntax SyntaxOf(string fileName, TemplateSyntax folderDefault) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".liquid" => TemplateSyntax.Liquid,
            ".sbn" or ".sbn-html" or ".scriban" => TemplateSyntax.Scriban,
            _ => folderDefault,
        };

    private static (string Folder, string Remainder) SplitFirst(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (path, "") : (path[..slash], path[(slash + 1)..]);
    }

    private sealed record ThemeEntry(string ThemePath, string DisplayPath, string? FullPath);
}
