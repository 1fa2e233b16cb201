using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

using BlogGen.Building.Caching;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Output;
using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Building;

/// <summary>
/// Puts pages through their layouts. A page is not rendered again when its own inputs, every other document's page it
/// read, and every <c>site</c> member it read hash as they did when it was rendered, and the destination still holds
/// the bytes written then. Thread-safe.
/// </summary>
/// <param name="sharedKey">A hash of what every render depends on: the tool, the templates, the configuration, the URLs.</param>
/// <param name="pageHashes">The hash of each document's page object (by source path), taken once enrichers are done.</param>
internal sealed class LayoutStage(PageRenderer renderer, RetainedEntries<string, PageRender> cache, IOutputTarget output, UInt128 sharedKey,
    IReadOnlyDictionary<string, UInt128> pageHashes, ScriptObject site)
{
    private readonly ConcurrentDictionary<string, UInt128> _siteMemberHashes = new(StringComparer.Ordinal);

    public OutputFile? Render(GeneratedPage item, DiagnosticBag diagnostics)
    {
        if (!UrlPath.TryNormalize(item.Url, out var url, out _))
        {
            diagnostics.AddRange(RenderFresh(item, out _).Diagnostics);
            return null;
        }
        var outputPath = UrlPath.ToOutputPath(url);
        var key = new ContentHash().Add(sharedKey).Add(item.Url).Add(item.Layout).Add(item.Origin)
            .Add(OwnHash(item.Page)).AddValue(item.Paginator).Value;
        if (cache.TryReuse(outputPath, previous => previous.Key == key
            && previous.Pages.All(read => PageHash(read.Name) == read.Hash)
            && previous.SiteMembers.All(read => SiteMemberHash(read.Name) == read.Hash)
            && output.Holds(outputPath, previous.Output), out _))
        {
            return OutputFile.Kept(outputPath);
        }

        var result = RenderFresh(item, out var reads);
        diagnostics.AddRange(result.Diagnostics);
        if (result.Output is null)
        {
            return null;
        }
        var bytes = Encoding.UTF8.GetBytes(result.Output);
        var pages = reads.Pages.Select(p => p.Identity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(identity => pageHashes.TryGetValue(identity, out var hash) ? new ReadValue(identity, hash) : null)
            .ToList();
        // A page with warnings is rendered again next time, so that they show again.
        if (result.Diagnostics.Count == 0 && !pages.Contains(null))
        {
            cache.Add(outputPath, new PageRender(key, XxHash128.HashToUInt128(bytes), pages!,
                [.. reads.SiteMembers.Order(StringComparer.Ordinal).Select(member => new ReadValue(member, SiteMemberHash(member)))]));
        }
        return OutputFile.Rendered(outputPath, bytes);
    }

    private RenderResult RenderFresh(GeneratedPage item, out RenderDependencies reads)
    {
        using (RenderDependencies.Record(out reads))
        {
            return renderer.RenderLayouts(item.Page["content"] as string ?? "", item.Layout, item.Page, item.Paginator, item.Origin);
        }
    }

    /// <summary>A document's page was hashed once already; a generated page (tags, pagination) is hashed here.</summary>
    private UInt128 OwnHash(ScriptObject page) =>
        page is PageObject document && pageHashes.TryGetValue(document.Identity, out var hash) ? hash : new ContentHash().AddMembers(page).Value;

    private UInt128? PageHash(string identity) => pageHashes.TryGetValue(identity, out var hash) ? hash : null;

    /// <summary>Other documents' pages inside a member (<c>site.posts</c>) count by name: reading one records it on its own.</summary>
    private UInt128 SiteMemberHash(string member) =>
        _siteMemberHashes.GetOrAdd(member, name => new ContentHash().AddValue(site.TryGetValue(name, out var value) ? value : null).Value);
}
