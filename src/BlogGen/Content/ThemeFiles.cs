namespace BlogGen.Content;

/// <summary>The layouts, includes and assets in effect after the lookup order: site, then site theme folder, then built-in theme.</summary>
/// <param name="SiteHasDefaultLayout">
/// The site's own <c>_layouts/</c> has a <c>default</c> layout, the base of every Jekyll theme: the site brings its own
/// layouts rather than dressing a BlogGen theme.
/// </param>
public sealed record ThemeFiles(
    IReadOnlyDictionary<string, ThemeTemplate> Layouts,
    IReadOnlyDictionary<string, ThemeTemplate> Includes,
    IReadOnlyList<StaticFile> Assets,
    IReadOnlyDictionary<string, object?> Config,
    bool SiteHasDefaultLayout);
