using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Hashing;

namespace BlogGen.Building.Caching;

/// <summary>
/// Every key the session reuses work by, side by side: what each kind of kept work depends on. A reuse that is wrong is
/// a key that leaves out an input, so they are easiest to check when they are all in one place. Each key of a later
/// stage builds on the key of the stage before it.
/// </summary>
internal static class CacheKeys
{
    /// <summary>All the source scan reads of the configuration (the folder tree is checked on its own).</summary>
    public static UInt128 Scan(SiteConfig config, string destination) =>
        new ContentHash().Add(config.SourceDirectory).Add(destination).AddValue(config.Exclude).AddValue(config.Include)
            .AddValue(config.Collections.Select(collection => collection.Label).ToList()).Value;

    /// <summary>
    /// Everything in the configuration that can change how a body converts: all of it, to be safe, and the Markdown
    /// settings, which also follow from whether the site is a Jekyll site.
    /// </summary>
    public static UInt128 Conversion(SiteConfig config, MarkdownSettings markdown) => new ContentHash()
        .AddValue(config.Values)
        .Add(config.Environment)
        .Add(markdown.ToString())
        .Add(config.Url)
        .Add(config.BaseUrl)
        .Value;

    /// <summary>Everything besides the file that reading it depends on.</summary>
    public static UInt128 Read(SiteConfig config, UInt128 conversion) => new ContentHash()
        .Add(conversion)
        .Add(config.ShowDrafts ? 1 : 0)
        .Add(config.ShowFuture ? 1 : 0)
        .Add(config.DefaultLayouts ? 1 : 0)
        .Add(config.BuildTime.UtcTicks)
        .Value;

    /// <summary>A body as converted: the document's own text and the fields that shape its HTML and excerpt.</summary>
    public static UInt128 Body(UInt128 conversion, Document document, string body) => new ContentHash()
        .Add(conversion)
        .Add((long)document.Format)
        .Add((long)document.Kind)
        .Add(document.Layout)
        .Add(document.Url)
        .Add(document.Source.RelativePath)
        .Add(document.BodyStartLine)
        .Add(document.ExcerptSeparator)
        .Add(FrontMatterValues.String(document.FrontMatter, "excerpt"))
        .Add(body)
        .Value;

    /// <summary>What page objects are made from besides their documents: the configuration, the build time, the tool.</summary>
    public static UInt128 Documents(UInt128 conversion, SiteConfig config) => new ContentHash()
        .Add(conversion)
        .Add(config.BuildTime.UtcTicks)
        .Add(BuildCacheFile.ToolIdentity.ToString())
        .Value;

    /// <summary>What every layout render depends on besides the page: the tool, the templates, the configuration, every URL.</summary>
    public static UInt128 Renders(LinkTargets links, ThemeFiles theme)
    {
        var hash = new ContentHash().Add(links.Hash).Add(BuildCacheFile.ToolIdentity.ToString());
        foreach (var template in theme.Templates.OrderBy(t => t.DisplayPath, StringComparer.Ordinal))
        {
            hash.Add(template.Name).Add(template.DisplayPath).Add((long)template.Syntax).Add(template.Text);
        }
        return hash.Value;
    }

    /// <summary>One page laid out: what every render depends on, where and through which layout, and the hash of its <c>page</c> and <c>paginator</c>.</summary>
    public static UInt128 Layout(UInt128 renders, string url, string? layout, string origin, UInt128 objects) =>
        new ContentHash().Add(renders).Add(url).Add(layout).Add(origin).Add(objects).Value;
}
