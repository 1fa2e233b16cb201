namespace BlogGen.Generators;

/// <summary>Whether the site already provides an output path, as a page or as a static file: the site's file wins over a generated one.</summary>
public static class SiteOwnFiles
{
    public static bool Provides(SiteSnapshot site, string outputPath) =>
        site.Pages.Any(p => string.Equals(p.Document.OutputPath, outputPath, StringComparison.Ordinal))
        || site.StaticFilePaths.Contains(outputPath);
}
