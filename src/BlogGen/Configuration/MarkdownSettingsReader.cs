using BlogGen.Diagnostics;

namespace BlogGen.Configuration;

/// <summary>
/// Reads <c>markdown:</c> and <c>kramdown:</c>. A site is a kramdown site when it says <c>markdown: kramdown</c>, or when it
/// is a Jekyll site that names no processor (kramdown is Jekyll's default). Another processor Jekyll knows (redcarpet,
/// CommonMark...) is not built in: a warning, and BlogGen's Markdown instead.
/// </summary>
public static class MarkdownSettingsReader
{
    /// <param name="jekyllSite">The site brings its own layouts, as a Jekyll site does.</param>
    public static MarkdownSettings Read(SiteConfig config, bool jekyllSite, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(config);
        var reader = new ConfigValueReader(config.Values, config.ConfigPath, diagnostics);
        var processor = reader.String("markdown")?.Trim();
        var kramdown = processor is null ? jekyllSite : processor.Equals("kramdown", StringComparison.OrdinalIgnoreCase);
        if (processor is not null && !kramdown && !processor.Equals("bloggen", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MarkdownProcessorUnsupported, config.ConfigPath,
                $"markdown: '{processor}' is not built into BlogGen; bodies are converted with BlogGen's Markdown (CommonMark and the GitHub set). "
                + "Write markdown: kramdown for Jekyll's default processor, or leave the key out"));
        }
        if (!kramdown)
        {
            return MarkdownSettings.BlogGen;
        }
        var options = reader.Map("kramdown") ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var unread in KramdownOptions.Unread(options))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.KramdownOptionNotRead, config.ConfigPath,
                $"kramdown: '{unread}' is not an option BlogGen reads, so bodies are converted as without it (Jekyll's default): remove it"));
        }
        var input = options.GetValueOrDefault("input") as string;
        var autoIds = options.GetValueOrDefault("auto_ids") is not (false or "false");
        return MarkdownSettings.Kramdown with
        {
            GfmInput = !string.Equals(input, "kramdown", StringComparison.OrdinalIgnoreCase),
            AutoIds = autoIds,
        };
    }
}
