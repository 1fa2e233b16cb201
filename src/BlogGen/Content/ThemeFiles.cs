namespace BlogGen.Content;

/// <summary>The layouts, includes and assets in effect after the lookup order: site, then site theme folder, then built-in theme.</summary>
/// <param name="IsJekyllSite">
/// The site brings its own layouts, as a Jekyll site does: its own <c>_layouts/</c> has a <c>default</c> layout (the base
/// of every Jekyll theme) and its configuration lists Jekyll <c>plugins:</c> (or <c>gems:</c>). A BlogGen site that only
/// restyles the built-in <c>default</c> layout is not one.
/// </param>
public sealed record ThemeFiles(
    IReadOnlyDictionary<string, ThemeTemplate> Layouts,
    IReadOnlyDictionary<string, ThemeTemplate> Includes,
    IReadOnlyList<StaticFile> Assets,
    IReadOnlyDictionary<string, object?> Config,
    bool IsJekyllSite);
