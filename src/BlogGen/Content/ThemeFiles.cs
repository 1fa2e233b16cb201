namespace BlogGen.Content;

/// <summary>The layouts, includes and assets in effect after the lookup order: site, then site theme folder, then built-in theme.</summary>
/// <param name="IsJekyllSite">
/// The site uses a Jekyll theme gem, or brings its own layouts as a Jekyll site does: its own <c>_layouts/</c> has a <c>default</c> layout (the base
/// of every Jekyll theme) and its configuration lists Jekyll <c>plugins:</c> (or <c>gems:</c>) or sets <c>collections:</c>,
/// <c>highlighter:</c> or a <c>markdown:</c> processor. A BlogGen site that only restyles the built-in <c>default</c> layout is not one.
/// </param>
public sealed record ThemeFiles(
    IReadOnlyDictionary<string, ThemeTemplate> Layouts,
    IReadOnlyDictionary<string, ThemeTemplate> Includes,
    IReadOnlyList<StaticFile> Assets,
    IReadOnlyDictionary<string, object?> Config,
    bool IsJekyllSite)
{
    /// <summary>A theme gem's <c>assets/</c> files, read as if they were the site's own where the site has no file of that path.</summary>
    public IReadOnlyList<SourceFile> Sources { get; init; } = [];

    /// <summary>Where Sass <c>@import</c>s are looked up: the site's <c>_sass/</c> (or <c>sass: sass_dir:</c>), then the theme gem's.</summary>
    public IReadOnlyList<string> SassDirectories { get; init; } = [];

    /// <summary>The Jekyll plugins the theme gem depends on, which Jekyll loads with it (see <see cref="GemThemes.PluginsOf"/>).</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>Files outside the scanned source a build reads: the theme gem's and the site's Sass partials, full paths.</summary>
    public IReadOnlyList<string> WatchedFiles { get; init; } = [];

    /// <summary>The files <c>{% include_relative %}</c> tags name, by path from the source folder (see <see cref="IncludeRelativeFiles"/>); read after the documents.</summary>
    public IReadOnlyList<ThemeTemplate> RelativeIncludes { get; init; } = [];

    /// <summary>Every template a render may use: layouts, includes, and the files <c>{% include_relative %}</c> names.</summary>
    public IEnumerable<ThemeTemplate> Templates => Layouts.Values.Concat(Includes.Values).Concat(RelativeIncludes);
}
