namespace BlogGen.Content;

/// <summary>The layouts, includes and assets in effect after the lookup order: site, then site theme folder, then built-in theme.</summary>
public sealed record ThemeFiles(
    IReadOnlyDictionary<string, ThemeTemplate> Layouts,
    IReadOnlyDictionary<string, ThemeTemplate> Includes,
    IReadOnlyList<StaticFile> Assets,
    IReadOnlyDictionary<string, object?> Config);
