namespace BlogGen.Configuration;

/// <summary>The site configuration: typed settings the pipeline reads, and every key as given for templates.</summary>
public sealed record SiteConfig
{
    public required string SourceDirectory { get; init; }
    public required string ConfigPath { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string Lang { get; init; } = "en";
    /// <summary>Scheme and host without a trailing slash, e.g. <c>https://example.org</c>; empty when unknown.</summary>
    public string Url { get; init; } = "";
    /// <summary>Empty, or a path starting with '/' and without a trailing slash, e.g. <c>/blog</c>.</summary>
    public string BaseUrl { get; init; } = "";
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    public string Permalink { get; init; } = "date";
    public int Paginate { get; init; } = 10;
    public string PaginatePath { get; init; } = "/page:num/";
    /// <summary>The excerpt separator, or null for "the first paragraph".</summary>
    public string? ExcerptSeparator { get; init; }
    /// <summary>Lower-case extensions with a leading dot.</summary>
    public IReadOnlySet<string> MarkdownExtensions { get; init; } = ConfigDefaults.MarkdownExtensions;
    public IReadOnlyList<string> Exclude { get; init; } = ConfigDefaults.Exclude;
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> KeepFiles { get; init; } = ConfigDefaults.KeepFiles;
    public IReadOnlyList<FrontMatterDefault> Defaults { get; init; } = [];
    /// <summary>The collections of <c>collections:</c> besides posts, in the order the configuration gives them.</summary>
    public IReadOnlyList<CollectionSettings> Collections { get; init; } = [];
    public string Theme { get; init; } = "default";
    /// <summary>
    /// A document without <c>layout:</c> gets <c>post</c> or <c>page</c>, BlogGen's habit; false on a Jekyll site, whose
    /// documents get none, as in Jekyll. Set by the build once the theme is known.
    /// </summary>
    public bool DefaultLayouts { get; init; } = true;
    /// <summary>Syntax of <c>.html</c> files in the site's own <c>_layouts/</c> and <c>_includes/</c>.</summary>
    public string TemplateSyntax { get; init; } = "liquid";
    public IReadOnlyDictionary<string, object?>? Sanitize { get; init; }
    public bool ShowDrafts { get; init; }
    public bool ShowFuture { get; init; }
    /// <summary>The instant the build happens: <c>site.time</c>, and the cut-off for future posts.</summary>
    public DateTimeOffset BuildTime { get; init; }
    /// <summary>Jekyll's <c>jekyll.environment</c>: JEKYLL_ENV, <c>development</c> when unset (themes add analytics in <c>production</c>).</summary>
    public string Environment { get; init; } = "development";
    /// <summary>Every key of the configuration file (and theme defaults) as parsed, for <c>site.KEY</c> in templates.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The collection a document of <c>_LABEL/</c> belongs to, or null.</summary>
    public CollectionSettings? CollectionOf(string label) => Collections.FirstOrDefault(collection => collection.Label == label);
}
