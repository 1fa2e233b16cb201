using BlogGen.Diagnostics;

namespace BlogGen.Building;

/// <summary>What a build did: counts for the summary and every diagnostic, sorted.</summary>
/// <param name="SanitizerReports">One warning per file listing what the sanitizer removed, or saying that a page was written
/// without it (a whole HTML document without a layout); shown with --verbose, named in the summary.</param>
public sealed record BuildResult(
    int Posts,
    int Pages,
    int StaticFiles,
    int FilesWritten,
    int FilesUnchanged,
    int FilesDeleted,
    int SanitizerRemovals,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Diagnostic> SanitizerReports,
    TimeSpan Elapsed)
{
    /// <summary>Bodies taken from the cache of an earlier build instead of being converted again.</summary>
    public int BodiesReused { get; init; }

    /// <summary>Pages left as an earlier build wrote them, because nothing they were made from changed.</summary>
    public int PagesReused { get; init; }

    /// <summary>What <see cref="BuildOptions.ExplainSanitizing"/> asked for; null when not asked, or when the file is not a post or page of the site.</summary>
    public SanitizingExplanation? SanitizingExplanation { get; init; }

    /// <summary>Search index shards taken as the last build (or the build cache) made them, because no post in them changed.</summary>
    public int SearchShardsReused { get; init; }

    /// <summary>Each file of <c>.bloggen-cache/</c> that exists but was not used, and why (another version, damaged).</summary>
    public IReadOnlyList<string> CacheIgnored { get; init; } = [];

    /// <summary>The sources, settings and output were as the last build left them: nothing was read or written.</summary>
    public bool NothingChanged { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>0 when the site built without errors, 1 otherwise.</summary>
    public int ExitCode => Errors > 0 ? 1 : 0;
}
