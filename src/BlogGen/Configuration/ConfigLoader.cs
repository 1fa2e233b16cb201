using BlogGen.Diagnostics;
using BlogGen.Sources;
using BlogGen.Yaml;

namespace BlogGen.Configuration;

/// <summary>Reads <c>_config.yml</c> into a <see cref="SiteConfig"/>. A missing file means all defaults, as in Jekyll.</summary>
public static class ConfigLoader
{
    public const string DefaultFileName = "_config.yml";

    public static ConfigResult Load(string sourceDirectory, ConfigOverrides overrides)
    {
        var source = Path.GetFullPath(sourceDirectory);
        var configPath = overrides.ConfigPath is null
            ? Path.Combine(source, DefaultFileName)
            : Path.GetFullPath(overrides.ConfigPath);
        var displayPath = SourcePaths.Display(source, configPath);
        var diagnostics = new List<Diagnostic>();
        var values = ReadValues(configPath, displayPath, overrides.ConfigPath is not null, diagnostics);
        return FromValues(source, displayPath, values, overrides, diagnostics);
    }

    /// <summary>The configuration of a site whose <c>_config.yml</c> holds <paramref name="yaml"/>, read without the disk.</summary>
    public static ConfigResult Parse(string sourceDirectory, string yaml, ConfigOverrides overrides)
    {
        var diagnostics = new List<Diagnostic>();
        var values = ParseValues(yaml, DefaultFileName, diagnostics);
        return FromValues(Path.GetFullPath(sourceDirectory), DefaultFileName, values, overrides, diagnostics);
    }

    private static ConfigResult FromValues(string source, string displayPath, Dictionary<string, object?> values, ConfigOverrides overrides,
        List<Diagnostic> diagnostics)
    {
        var reader = new ConfigValueReader(values, displayPath, diagnostics);

        var timeZone = ReadTimeZone(reader);
        var collections = CollectionSettingsReader.Read(reader);
        // Jekyll's keys for what --drafts and --future turn on; read (and checked) whatever the command line says.
        var showDrafts = reader.Switch("show_drafts");
        var showFuture = reader.Switch("future");
        var config = new SiteConfig
        {
            SourceDirectory = source,
            ConfigPath = displayPath,
            Title = reader.String("title") ?? "",
            Description = reader.String("description") ?? "",
            Lang = reader.String("lang") ?? "en",
            Url = (reader.String("url") ?? "").TrimEnd('/'),
            BaseUrl = NormalizeBaseUrl(overrides.BaseUrl ?? reader.String("baseurl") ?? ""),
            TimeZone = timeZone,
            Permalink = reader.String("permalink") ?? "date",
            Paginate = reader.PositiveInt("paginate") ?? 10,
            PaginatePath = reader.String("paginate_path") ?? "/page:num/",
            ExcerptSeparator = reader.String("excerpt_separator"),
            MarkdownExtensions = ReadMarkdownExtensions(reader),
            Exclude = [.. ConfigDefaults.Exclude, .. reader.StringList("exclude")],
            Include = reader.StringList("include"),
            KeepFiles = reader.Has("keep_files") ? reader.StringList("keep_files") : ConfigDefaults.KeepFiles,
            Defaults = FrontMatterDefaultsReader.Read(reader, collections),
            Collections = collections,
            Theme = reader.String("theme") ?? "default",
            TemplateSyntax = ReadTemplateSyntax(reader),
            Sanitize = reader.Map("sanitize"),
            ShowDrafts = overrides.ShowDrafts ?? showDrafts,
            ShowFuture = overrides.ShowFuture ?? showFuture,
            BuildTime = overrides.BuildTime ?? BuildClock.Now(),
            Environment = overrides.Environment ?? (System.Environment.GetEnvironmentVariable("JEKYLL_ENV") is { Length: > 0 } environment ? environment : "development"),
            Values = values,
        };
        return new ConfigResult(config, diagnostics);
    }

    private static Dictionary<string, object?> ReadValues(string configPath, string displayPath, bool mustExist, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(configPath))
        {
            if (mustExist)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigUnreadable, displayPath,
                    "the configuration file does not exist: check the --config path"));
            }
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(configPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigUnreadable, displayPath,
                $"cannot read the configuration file ({e.Message}): check that it is readable"));
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        var text = SourceText.Decode(bytes, displayPath, out var decodeError);
        if (text is null)
        {
            diagnostics.Add(decodeError!);
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }
        return ParseValues(text, displayPath, diagnostics);
    }

    private static Dictionary<string, object?> ParseValues(string text, string displayPath, List<Diagnostic> diagnostics)
    {
        var parsed = YamlValueReader.ReadMapping(text, displayPath, 0, TimeZoneInfo.Utc);
        foreach (var diagnostic in parsed.Diagnostics)
        {
            diagnostics.Add(diagnostic with { Code = diagnostic.Severity == Severity.Error ? DiagnosticCodes.ConfigInvalid : diagnostic.Code });
        }
        return new Dictionary<string, object?>(parsed.Values, StringComparer.Ordinal);
    }

    private static TimeZoneInfo ReadTimeZone(ConfigValueReader reader)
    {
        var id = reader.String("timezone");
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }
        reader.Report("timezone", $"unknown time zone '{id}': use an IANA id such as Asia/Shanghai or Europe/Berlin; UTC is used instead");
        return TimeZoneInfo.Utc;
    }

    private static IReadOnlySet<string> ReadMarkdownExtensions(ConfigValueReader reader)
    {
        var configured = reader.String("markdown_ext");
        if (configured is null)
        {
            return ConfigDefaults.MarkdownExtensions;
        }
        var extensions = configured
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => "." + e.TrimStart('.').ToLowerInvariant())
            .Append(".txt");
        return new HashSet<string>(extensions, StringComparer.OrdinalIgnoreCase);
    }

    private static string ReadTemplateSyntax(ConfigValueReader reader)
    {
        var syntax = reader.String("template_syntax") ?? "liquid";
        if (syntax is "liquid" or "scriban")
        {
            return syntax;
        }
        reader.Report("template_syntax", $"template_syntax must be 'liquid' or 'scriban', not '{syntax}'; 'liquid' is used");
        return "liquid";
    }

    /// <summary>
    /// Jekyll's rule: a base URL starts with '/' and has no trailing slash; "/" alone means none. Empty folders
    /// (<c>/a//b</c>) are dropped, or every link would hold a '//'.
    /// </summary>
    public static string NormalizeBaseUrl(string baseUrl)
    {
        var folders = baseUrl.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries);
        return folders.Length == 0 ? "" : "/" + string.Join('/', folders);
    }
}
