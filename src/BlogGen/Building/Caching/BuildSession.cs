using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Generators.Search;
using BlogGen.Markdown.Highlighting;
using BlogGen.Templating;

namespace BlogGen.Building.Caching;

/// <summary>
/// Everything kept from one build to the next, and nothing else anywhere: converted bodies, by a hash of everything
/// that can change them, front matter values, by their text, rendered pages, by output path, with everything their templates read, and the search index
/// (all saved in <c>.bloggen-cache/</c>); and in memory only, the scan, files as read, documents and their template objects, the layout history, link
/// targets and what each generator and enricher remembers. <c>bloggen build</c> makes one per process from
/// <c>.bloggen-cache/</c>; <c>bloggen serve</c> keeps one per site. Two sessions share nothing, so a build in a new
/// session is a clean build.
/// </summary>
public sealed class BuildSession
{
    public BuildSession() : this([], [])
    {
    }

    /// <param name="savedSearchIndex">Reads the search index the build cache kept; none when null.</param>
    /// <param name="frontMatter">Front matter values the build cache kept; none when null.</param>
    internal BuildSession(IEnumerable<KeyValuePair<UInt128, CachedBody>> bodies, IEnumerable<KeyValuePair<string, PageRender>> pages,
        Func<BuiltIndex?>? savedSearchIndex = null, IEnumerable<KeyValuePair<UInt128, IReadOnlyDictionary<string, object?>>>? frontMatter = null)
    {
        Bodies = new(bodies, Comparer<UInt128>.Default);
        Pages = new(pages, StringComparer.Ordinal);
        FrontMatter = new FrontMatterMemo(frontMatter ?? []);
        Generators = new SiteGenerators(savedSearchIndex is null ? new SearchIndex() : new SearchIndex(savedSearchIndex));
    }

    internal RetainedEntries<UInt128, CachedBody> Bodies { get; }

    internal RetainedEntries<string, PageRender> Pages { get; }

    internal RetainedEntries<string, CachedRead> Reads { get; } = new([], StringComparer.Ordinal);

    /// <summary>Front matter values by their YAML text, saved in the build cache.</summary>
    internal FrontMatterMemo FrontMatter { get; }

    /// <summary>
    /// Where every source path led in the last build that finished (see <see cref="BodyConverter"/>); in memory
    /// only, as the bodies kept are those that build used.
    /// </summary>
    internal LinkTargets? LastLinks { get; set; }

    /// <summary>What the last build that finished put through layouts and what those pages read, for the next build of the session.</summary>
    internal LayoutHistory? LastLayouts { get; set; }

    /// <summary>The source tree of the last build, for a build told which files changed since.</summary>
    internal ScannedSource? LastScan { get; set; }

    /// <summary>Where Bundler said the theme gem is, while the Gemfile and its lock stay the same (see <see cref="BundlerLookups"/>).</summary>
    public BundlerLookups Bundler { get; } = new();

    /// <summary>Highlights code for this session's builds, loading each grammar once.</summary>
    internal CodeHighlighter Highlighter { get; } = new();

    /// <summary>The enrichers and generators of this session, with what each remembers of the last build.</summary>
    internal SiteGenerators Generators { get; }

    /// <summary>Body cache keys by document, in memory only (see <see cref="BodyConverter"/>).</summary>
    internal ObjectMemo<Document, UInt128, UInt128> BodyKeys { get; } = new();

    /// <summary>Documents of the last build with their bodies and facts, in memory only: rebuilding them is a build's own work anyway.</summary>
    internal SessionDocuments Documents { get; } = new();

    /// <summary>The template objects of the last build, in memory only, made again only for what changed.</summary>
    internal TemplateObjects TemplateObjects { get; } = new();

    internal void BeginBuild()
    {
        Bodies.BeginBuild();
        Pages.BeginBuild();
        Reads.BeginBuild();
        FrontMatter.Entries.BeginBuild();
    }

    internal void EndBuild()
    {
        Bodies.EndBuild();
        Pages.EndBuild();
        Reads.EndBuild();
        FrontMatter.Entries.EndBuild();
    }
}
