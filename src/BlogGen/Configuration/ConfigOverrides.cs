namespace BlogGen.Configuration;

/// <summary>What the command line changes on top of <c>_config.yml</c>.</summary>
public sealed record ConfigOverrides
{
    public string? ConfigPath { get; init; }
    public string? BaseUrl { get; init; }
    /// <summary>Drafts in or out whatever <c>show_drafts:</c> says; null means as _config.yml says.</summary>
    public bool? ShowDrafts { get; init; }
    /// <summary>Posts dated in the future in or out whatever <c>future:</c> says; null means as _config.yml says.</summary>
    public bool? ShowFuture { get; init; }
    /// <summary>Fixed build time for reproducible output; null means now (or SOURCE_DATE_EPOCH when set).</summary>
    public DateTimeOffset? BuildTime { get; init; }
    /// <summary><c>jekyll.environment</c>; null means the JEKYLL_ENV environment variable, or <c>development</c> as in Jekyll.</summary>
    public string? Environment { get; init; }
}
