using System.Collections.Frozen;

using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <summary>
/// Which pages and files nobody wrote a build makes. A site on a BlogGen theme gets them all. A Jekyll site (its own
/// <c>_layouts/default</c> and a <c>plugins:</c> list; see <see cref="BlogGen.Content.ThemeFiles.IsJekyllSite"/>) gets what Jekyll would make for it:
/// the outputs of the plugins its <c>plugins:</c> list names, and BlogGen's extra pages (archive, search, tag pages,
/// 404 page) only when its configuration turns them on. Either way, each extra page's key turns it on or off.
/// </summary>
/// <param name="Pagination">The home page in pages of <c>paginate</c> posts (jekyll-paginate).</param>
/// <param name="GeneratedHome">A home page made with the <c>home</c> layout when the site has no index page of its own.</param>
/// <param name="Sitemap">The sitemap and <c>robots.txt</c> (jekyll-sitemap).</param>
public sealed record SiteFeatures(bool Pagination, bool GeneratedHome, bool Feed, bool Sitemap, bool Redirects,
    bool Archive, bool Search, bool TaxonomyPages, bool NotFoundPage)
{
    /// <summary>Everything, as a site on a BlogGen theme gets by default.</summary>
    public static readonly SiteFeatures All = new(true, true, true, true, true, true, true, true, true);

    /// <summary>The Jekyll plugins whose output BlogGen makes itself, and what each makes.</summary>
    public static readonly FrozenDictionary<string, string> BuiltInPlugins = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["jekyll-feed"] = "the Atom feed /feed.xml and {% feed_meta %}",
        ["jekyll-sitemap"] = "/sitemap.xml and /robots.txt",
        ["jekyll-seo-tag"] = "{% seo %}",
        ["jekyll-paginate"] = "the paginated home page (with paginate: set)",
        ["jekyll-redirect-from"] = "redirect_from and redirect_to pages",
        ["jekyll-relative-links"] = "links to .md files become links to their pages",
        ["jekyll-include-cache"] = "{% include_cached %}, rendered as {% include %} is",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The keys that turn BlogGen's extra pages on or off.</summary>
    public static readonly FrozenSet<string> PageKeys = FrozenSet.Create(StringComparer.Ordinal, "archive", "search", "taxonomy_pages", "not_found_page");

    /// <param name="jekyllSite">The site brings its own layouts, as a Jekyll site does.</param>
    /// <param name="themePlugins">The plugins a theme gem depends on, which Jekyll loads as if listed.</param>
    public static SiteFeatures Of(SiteConfig config, bool jekyllSite, ICollection<Diagnostic> diagnostics, IReadOnlyList<string>? themePlugins = null)
    {
        var reader = new ConfigValueReader(config.Values, config.ConfigPath, diagnostics);
        var plugins = Plugins(reader);
        plugins.UnionWith(themePlugins ?? []);
        foreach (var plugin in plugins.Where(plugin => !BuiltInPlugins.ContainsKey(plugin)).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.PluginNotBuiltIn, config.ConfigPath,
                $"plugins: '{plugin}' is not built into BlogGen, so nothing of it is made (its tags print nothing, with a warning where they are used). "
                + $"Built in: {string.Join(", ", BuiltInPlugins.Keys.Order(StringComparer.Ordinal))}"));
        }
        var defaults = jekyllSite
            ? new SiteFeatures(
                Pagination: plugins.Contains("jekyll-paginate") && config.Values.ContainsKey("paginate"),
                GeneratedHome: false,
                Feed: plugins.Contains("jekyll-feed"),
                Sitemap: plugins.Contains("jekyll-sitemap"),
                Redirects: plugins.Contains("jekyll-redirect-from"),
                Archive: false, Search: false, TaxonomyPages: false, NotFoundPage: false)
            : All;
        return defaults with
        {
            Archive = Switch(reader, "archive", defaults.Archive, "the archive page /archive/", jekyllSite),
            Search = Switch(reader, "search", defaults.Search, "the search page /search/ and its index", jekyllSite),
            TaxonomyPages = Switch(reader, "taxonomy_pages", defaults.TaxonomyPages, "the tag and category pages", jekyllSite),
            NotFoundPage = Switch(reader, "not_found_page", defaults.NotFoundPage, "the page /404.html", jekyllSite),
        };
    }

    /// <summary>Jekyll's <c>plugins:</c> list, or <c>gems:</c> as Jekyll 3.4 and older called it.</summary>
    private static HashSet<string> Plugins(ConfigValueReader reader)
    {
        var plugins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in new[] { "plugins", "gems" })
        {
            switch (reader.Raw(key))
            {
                case null:
                    break;
                case IEnumerable<object?> list when list.All(item => item is string):
                    plugins.UnionWith(list.Cast<string>().Select(name => name.Trim()));
                    break;
                default:
                    reader.Report(key, "must be a list of plugin names, e.g. [jekyll-feed, jekyll-seo-tag]");
                    break;
            }
        }
        return plugins;
    }

    /// <param name="jekyllSite">
    /// On a Jekyll site a map under the key is the theme's own settings of that name (just-the-docs' <c>search:</c>), not
    /// BlogGen's switch, which stays as it is.
    /// </param>
    private static bool Switch(ConfigValueReader reader, string key, bool fallback, string what, bool jekyllSite)
    {
        switch (reader.Raw(key))
        {
            case null:
                return fallback;
            case bool value:
                return value;
            case IReadOnlyDictionary<string, object?> when jekyllSite:
                return fallback;
            default:
                reader.Report(key, $"must be true or false (it turns {what} on or off); {(fallback ? "on" : "off")} it stays");
                return fallback;
        }
    }
}
