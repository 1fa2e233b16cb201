using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Sources;
using BlogGen.Yaml;

namespace BlogGen.Content;

/// <summary>
/// Gathers layouts, includes, assets and theme settings. Later layers win: the built-in theme, then
/// <c>themes/&lt;theme&gt;/</c> in the site, then the site's own <c>_layouts/</c> and <c>_includes/</c>. The built-in
/// theme's layouts and includes stay as the last fallback for any theme; its assets ship only when it is the theme in use.
/// </summary>
public static class ThemeLoader
{
    /// <param name="bundler">Bundler's answers kept by the build session (see <see cref="BundlerLookups"/>).</param>
    public static (ThemeFiles Theme, IReadOnlyList<Diagnostic> Diagnostics) Load(SiteConfig config, SourceTree tree, BundlerLookups? bundler = null)
    {
        var diagnostics = new List<Diagnostic>();
        var layouts = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        var includes = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, StaticFile>(StringComparer.Ordinal);
        var themeConfig = new Dictionary<string, object?>(StringComparer.Ordinal);

        var themeDirectory = ThemeDirectory(config);
        var installHint = "";
        var gemDirectory = themeDirectory is null && config.Theme != "default" && IsPlainName(config.Theme)
            ? GemThemes.Find(config.Theme, config.SourceDirectory, out installHint, bundler)
            : null;
        if (config.Theme != "default" && themeDirectory is null && gemDirectory is null)
        {
            var hint = installHint.Length == 0 ? "" : $" and no installed theme gem '{config.Theme}' ({installHint})";
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigValueInvalid, config.ConfigPath,
                $"theme: no folder themes/{config.Theme}/ in the source{hint}: create it, or remove `theme:` to use the built-in theme"));
        }
        var builtIn = EmbeddedTheme.Files.Select(path => new ThemeEntry(path, $"{EmbeddedTheme.DisplayRoot}/{path}", null));
        // A Jekyll site's layouts do not link the built-in theme's stylesheet and script: they are not copied.
        var isJekyllSite = gemDirectory is not null
            || (tree.Layouts.Any(file => LayoutName(file.RelativePath["_layouts/".Length..]) == "default")
                && NamesJekyllSettings(config.Values));
        AddLayer(builtIn, EmbeddedTheme.Read, withAssets: !isJekyllSite && (config.Theme == "default" || themeDirectory is null));
        if (isJekyllSite)
        {
            // The built-in theme's settings (show_excerpts, nav...) are for its own layouts: a Jekyll theme reads those keys too.
            themeConfig.Clear();
        }
        if (themeDirectory is not null)
        {
            AddLayer(FilesUnder(themeDirectory), path => File.ReadAllBytes(Path.Combine(themeDirectory, path)), withAssets: true);
        }
        var sources = new List<SourceFile>();
        var watched = new List<string>();
        var sassDirectories = new List<string> { Path.Combine(config.SourceDirectory, SassFolder(config)) };
        if (gemDirectory is not null)
        {
            // A theme gem is laid out as a site is: its _layouts and _includes are templates in Liquid, its assets are read
            // as the site's own files are (a Sass file with front matter is compiled), and its _sass folder is imported from.
            var files = FilesUnder(gemDirectory).Where(e => SplitFirst(e.ThemePath).Folder is "_layouts" or "_includes" or "_sass" or "assets").ToList();
            AddLayer(files.Select(e => e with { ThemePath = e.ThemePath.TrimStart('_') }),
                path => File.ReadAllBytes(Path.Combine(gemDirectory, "_" + path)), withAssets: false, TemplateSyntax.Liquid);
            sources.AddRange(files.Where(e => SplitFirst(e.ThemePath).Folder == "assets").Select(e => new SourceFile(e.FullPath!, e.ThemePath)));
            watched.AddRange(files.Select(e => e.FullPath!));
            sassDirectories.Add(Path.Combine(gemDirectory, "_sass"));
        }
        watched.AddRange(sassDirectories.Take(1).Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal));

        var siteSyntax = config.TemplateSyntax == "scriban" ? TemplateSyntax.Scriban : TemplateSyntax.Liquid;
        AddTemplates(tree.Layouts, "_layouts", layouts, siteSyntax, isLayout: true);
        AddTemplates(tree.Includes, "_includes", includes, siteSyntax, isLayout: false);

        return (new ThemeFiles(layouts, includes, [.. assets.Values], themeConfig, isJekyllSite)
        {
            Sources = sources,
            SassDirectories = [.. sassDirectories.Where(Directory.Exists)],
            Plugins = gemDirectory is null ? [] : GemThemes.PluginsOf(gemDirectory),
            WatchedFiles = watched,
        }, diagnostics);

        IEnumerable<ThemeEntry> FilesUnder(string directory) => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(full => new ThemeEntry(Path.GetRelativePath(directory, full).Replace('\\', '/'), SourcePaths.Display(config.SourceDirectory, full), full))
            .Where(e => !IsHiddenOrBackup(e.ThemePath))
            .OrderBy(e => e.ThemePath, StringComparer.Ordinal);

        void AddLayer(IEnumerable<ThemeEntry> entries, Func<string, byte[]> read, bool withAssets, TemplateSyntax syntax = TemplateSyntax.Scriban)
        {
            var list = entries.ToList();
            var manifest = list.FirstOrDefault(e => e.ThemePath == "theme.yml");
            if (manifest is not null && ReadText(manifest.DisplayPath, () => read(manifest.ThemePath)) is { } manifestText)
            {
                var parsed = YamlValueReader.ReadMapping(manifestText, manifest.DisplayPath, 0, TimeZoneInfo.Utc);
                diagnostics.AddRange(parsed.Diagnostics);
                if (parsed.Values.GetValueOrDefault("config") is IReadOnlyDictionary<string, object?> values)
                {
                    foreach (var (key, value) in values)
                    {
                        themeConfig[key] = value;
                    }
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
                    case "layouts" when ReadText(entry.DisplayPath, () => read(entry.ThemePath)) is { } text:
                        layouts[LayoutName(rest)] = new ThemeTemplate(LayoutName(rest), entry.DisplayPath, text, SyntaxOf(rest, syntax));
                        break;
                    case "includes" when ReadText(entry.DisplayPath, () => read(entry.ThemePath)) is { } text:
                        includes[rest] = new ThemeTemplate(rest, entry.DisplayPath, text, SyntaxOf(rest, syntax));
                        break;
                    case "assets" when withAssets:
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
                if (ReadText(file.RelativePath, () => File.ReadAllBytes(file.FullPath)) is { } text)
                {
                    var name = isLayout ? LayoutName(rest) : rest;
                    target[name] = new ThemeTemplate(name, file.RelativePath, text, SyntaxOf(rest, syntax));
                }
            }
        }

        string? ReadText(string displayPath, Func<byte[]> read)
        {
            byte[] bytes;
            try
            {
                bytes = read();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, displayPath, $"cannot read the file ({e.Message}): check its permissions"));
                return null;
            }
            var text = SourceText.Decode(bytes, displayPath, out var error);
            if (error is not null)
            {
                diagnostics.Add(error);
            }
            return text;
        }
    }

    /// <summary>The site's <c>themes/&lt;theme&gt;/</c> folder; null when it does not exist or the name is not a plain folder name.</summary>
    private static string? ThemeDirectory(SiteConfig config)
    {
        if (!IsPlainName(config.Theme))
        {
            return null;
        }
        var directory = Path.Combine(config.SourceDirectory, "themes", config.Theme);
        return Directory.Exists(directory) ? directory : null;
    }

    private static bool IsPlainName(string name) => name.Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\']) < 0;

    /// <summary>Jekyll's <c>sass: sass_dir:</c>, <c>_sass</c> unless set.</summary>
    private static string SassFolder(SiteConfig config) =>
        config.Values.GetValueOrDefault("sass") is IReadOnlyDictionary<string, object?> sass && sass.GetValueOrDefault("sass_dir") is string { Length: > 0 } folder
            ? folder
            : "_sass";

    /// <summary>Editor leftovers and dot-files (<c>.DS_Store</c>, <c>post.html~</c>) are never part of a theme.</summary>
    private static bool IsHiddenOrBackup(string themePath) =>
        themePath.Split('/').Any(segment => segment[0] is '.' or '#' or '~' || segment.EndsWith('~'));

    /// <summary><c>post.html</c>, <c>post.sbn-html</c> and <c>post.liquid</c> are all the layout <c>post</c>; <c>docs/wide.html</c> is <c>docs/wide</c>.</summary>
    /// <summary>A list with at least one entry: <c>plugins: []</c> or an empty <c>plugins:</c> names no plugin.</summary>
    private static bool ListsSomething(object? value) => value is not string && value is IEnumerable<object?> list && list.Any();

    /// <summary>
    /// The configuration says it is written for Jekyll: it lists <c>plugins:</c> (or <c>gems:</c>), or sets a key only
    /// Jekyll reads (<c>collections:</c>, <c>highlighter:</c>, <c>markdown:</c> other than BlogGen's own).
    /// </summary>
    private static bool NamesJekyllSettings(IReadOnlyDictionary<string, object?> values) =>
        ListsSomething(values.GetValueOrDefault("plugins")) || ListsSomething(values.GetValueOrDefault("gems"))
        || values.GetValueOrDefault("collections") is not null || values.GetValueOrDefault("highlighter") is not null
        || (values.GetValueOrDefault("markdown") is string markdown && !markdown.Trim().Equals("bloggen", StringComparison.OrdinalIgnoreCase));

    private static string LayoutName(string path) => path[..^Path.GetExtension(path).Length];

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
