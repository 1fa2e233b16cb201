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
/// Puts pages through their layouts. A page is not rendered again when its own inputs, every member of other documents'
/// pages it read, and every <c>site</c> member it read hash as they did when it was rendered, and the destination
/// still holds the bytes written then. An archive listing every post's title is not rendered again when one post's
/// body changes. Thread-safe.
/// </summary>
/// <param name="sharedKey">A hash of what every render depends on: the tool, the templates, the configuration, the URLs.</param>
/// <param name="pages">Each document's page object by source path, complete (enrichers done) and read-only.</param>
/// <param name="pageHashes">The hash of each of those page objects.</param>
/// <param name="generatedHashes">Hashes of generated objects, kept across the builds of a session.</param>
internal sealed class LayoutStage(PageRenderer renderer, RetainedEntries<string, PageRender> cache, IOutputTarget output, UInt128 sharedKey,
    IReadOnlyDictionary<string, PageObject> pages, IReadOnlyDictionary<string, UInt128> pageHashes, ScriptObject site, RetainedEntries<ScriptObject, UInt128> generatedHashes)
{
    private readonly ConcurrentDictionary<string, UInt128> _siteMemberHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Identity, string Member), UInt128?> _memberHashes = new();

    public OutputFile? Render(GeneratedPage item, DiagnosticBag diagnostics)
    {
        if (!UrlPath.TryNormalize(item.Url, out var url, out _))
        {
            diagnostics.AddRange(RenderFresh(item, out _).Diagnostics);
            return null;
        }
        var outputPath = UrlPath.ToOutputPath(url);
        var key = new ContentHash().Add(sharedKey).Add(item.Url).Add(item.Layout).Add(item.Origin)
            .Add(OwnHash(item.Page)).Add(item.Paginator is { } paginator ? GeneratedHash(paginator) : 0).Value;
        if (cache.TryReuse(outputPath, previous => previous.Key == key
            && previous.Pages.All(Unchanged)
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
        var pageReads = reads.PageReads
            .GroupBy(read => read.Page.Identity, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(Recorded)
            .ToList();
        // A page with warnings is rendered again next time, so that they show again.
        if (result.Diagnostics.Count == 0 && !pageReads.Contains(null))
        {
            cache.Add(outputPath, new PageRender(key, XxHash128.HashToUInt128(bytes), pageReads!,
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

    /// <summary>
    /// A document's page was hashed once already; a generated page (tags, pagination) is hashed here, each object
    /// generated pages share (a tag's term) once.
    /// </summary>
    private UInt128 OwnHash(ScriptObject page) =>
        page is PageObject document && pageHashes.TryGetValue(document.Identity, out var hash) ? hash : GeneratedHash(page);

    private UInt128 GeneratedHash(ScriptObject generated) =>
        generatedHashes.ReuseOrAdd(generated, value => new ContentHash(generatedHashes).AddMembers(value).Value);

    /// <summary>What a render read of one page object; null when no document has that path (it cannot be checked later).</summary>
    private PageRead? Recorded(IGrouping<string, (PageObject Page, string? Member)> reads)
    {
        if (!pageHashes.TryGetValue(reads.Key, out var hash))
        {
            return null;
        }
        var members = reads.Any(read => read.Member is null) ? null
            : reads.Select(read => read.Member!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(member => new ReadValue(member, MemberHash(reads.Key, member)!.Value)).ToList();
        return new PageRead(reads.Key, hash, members);
    }

    private bool Unchanged(PageRead read) =>
        pageHashes.TryGetValue(read.Identity, out var hash)
        && (hash == read.Hash || read.Members is { } members && members.All(member => MemberHash(read.Identity, member.Name) == member.Hash));

    private UInt128? MemberHash(string identity, string member) => _memberHashes.GetOrAdd((identity, member), read =>
        pages.TryGetValue(read.Identity, out var page)
            ? new ContentHash().AddValue(page.TryGetValue(read.Member, out var value) ? value : null).Value
            : null);

    /// <summary>Other documents' pages inside a member (<c>site.posts</c>) count by name: reading one records it on its own.</summary>
    private UInt128 SiteMemberHash(string member) =>
        _siteMemberHashes.GetOrAdd(member, name => new ContentHash().AddValue(site.TryGetValue(name, out var value) ? value : null).Value);
}
