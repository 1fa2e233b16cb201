using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

using BlogGen.Building.Caching;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Hashing;
using BlogGen.Output;
using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Building;

/// <summary>
/// Puts pages through their layouts. A page is not rendered again when its own inputs, every member of other documents'
/// pages it read, and every <c>site</c> member it read hash as they did when it was rendered, and the destination
/// still holds the bytes written then. An archive listing every post's title is not rendered again when one post's
/// body changes. In a preview session, a page whose inputs are the objects of the last build and that reads nothing
/// that changed since is kept without checking (see <see cref="LayoutHistory"/>). Thread-safe.
/// </summary>
internal sealed class LayoutStage
{
    private readonly PageRenderer _renderer;
    private readonly RetainedEntries<string, PageRender> _cache;
    private readonly IOutputTarget _output;
    private readonly UInt128 _sharedKey;
    private readonly DocumentPages _documents;
    private readonly ScriptObject _site;
    private readonly RetainedEntries<ScriptObject, UInt128> _generatedHashes;
    private readonly LayoutHistory? _history;
    private readonly HashSet<string> _readersOfChanges;
    private readonly ConcurrentDictionary<string, UInt128> _siteMemberHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Identity, string Member), UInt128?> _memberHashes = new();

    /// <param name="sharedKey">A hash of what every render depends on: the tool, the templates, the configuration, the URLs.</param>
    /// <param name="session">The build session: rendered pages, generated objects' hashes, and the documents' complete page objects.</param>
    /// <param name="history">The last build's layout history in a preview session; null when no history is kept.</param>
    public LayoutStage(PageRenderer renderer, BuildSession session, IOutputTarget output, UInt128 sharedKey, ScriptObject site, LayoutHistory? history)
    {
        (_renderer, _cache, _output, _sharedKey, _documents, _site, _generatedHashes) =
            (renderer, session.Pages, output, sharedKey, session.Documents, site, session.GeneratedHashes);
        // The last build's history holds while every render depends on the same and the pages that changed since are known.
        var changedPages = session.Documents.ChangedPages;
        _history = history is null ? null
            : history.SharedKey == sharedKey && changedPages is not null ? history : LayoutHistory.Empty(sharedKey);
        _readersOfChanges = _history?.ReadersOfChanges(changedPages ?? new HashSet<string>(), SiteMemberHash) ?? [];
    }

    /// <summary>The history this build leaves for the next one; null when none is kept or before <see cref="RenderAll"/>.</summary>
    public LayoutHistory? History { get; private set; }

    /// <summary>Each page's output, in order; null for a page that failed.</summary>
    public OutputFile?[] RenderAll(IReadOnlyList<GeneratedPage> items, DiagnosticBag diagnostics, IBuildProgress? progress)
    {
        var outputs = new OutputFile?[items.Count];
        var laidOut = new LaidOutPage?[items.Count];
        var kept = new bool[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            outputs[i] = Render(items[i], diagnostics, out laidOut[i], out kept[i]);
            progress?.Advance();
        });
        History = _history?.Next(_sharedKey, laidOut, kept, SiteMemberHash);
        return outputs;
    }

    /// <param name="keptOnSight">Kept as the history holds it, without a check.</param>
    private OutputFile? Render(GeneratedPage item, DiagnosticBag diagnostics, out LaidOutPage? laidOut, out bool keptOnSight)
    {
        if (_history is not null
            && _history.Pages.TryGetValue(item.Url, out var before)
            && !_readersOfChanges.Contains(item.Url)
            && before.HasInputsOf(item)
            && _cache.TryReuse(before.OutputPath, render => ReferenceEquals(render, before.Render) && _output.Holds(before.OutputPath, render.Output), out _))
        {
            laidOut = before;
            keptOnSight = true;
            return before.Kept;
        }
        laidOut = null;
        keptOnSight = false;
        if (!UrlPath.TryNormalize(item.Url, out var url, out _))
        {
            diagnostics.AddRange(RenderFresh(item, out _).Diagnostics);
            return null;
        }
        var outputPath = UrlPath.ToOutputPath(url);
        var key = CacheKeys.Layout(_sharedKey, item.Url, item.Layout, item.Origin, OwnHash(item.Page), item.Paginator is { } paginator ? GeneratedHash(paginator) : 0);
        if (_cache.TryReuse(outputPath, previous => previous.Key == key
            && previous.Pages.All(Unchanged)
            && previous.SiteMembers.All(read => SiteMemberHash(read.Name) == read.Hash)
            && _output.Holds(outputPath, previous.Output), out var reused))
        {
            laidOut = new LaidOutPage(item, outputPath, reused);
            return laidOut.Kept;
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
            var render = new PageRender(key, XxHash128.HashToUInt128(bytes), pageReads!,
                [.. reads.SiteMembers.Order(StringComparer.Ordinal).Select(member => new ReadValue(member, SiteMemberHash(member)))]);
            _cache.Add(outputPath, render);
            laidOut = new LaidOutPage(item, outputPath, render);
        }
        return OutputFile.Rendered(outputPath, bytes);
    }

    private RenderResult RenderFresh(GeneratedPage item, out RenderDependencies reads)
    {
        reads = new RenderDependencies();
        var scope = new RenderScope(reads, null);
        // The page's content is recorded as read, so that a page counts among those that read it.
        if (item.Page is PageObject document)
        {
            reads.Read(document, "content");
        }
        return _renderer.RenderLayouts(item.Page["content"] as string ?? "", item.Layout, item.Page, item.Paginator, item.Origin, scope);
    }

    /// <summary>
    /// A document's page was hashed once already; a generated page (tags, pagination) is hashed here, each object
    /// generated pages share (a tag's term) once.
    /// </summary>
    private UInt128 OwnHash(ScriptObject page) =>
        page is PageObject document && _documents.Hashes.TryGetValue(document.Identity, out var hash) ? hash : GeneratedHash(page);

    private UInt128 GeneratedHash(ScriptObject generated) =>
        _generatedHashes.ReuseOrAdd(generated, value => new TemplateValueHash(_generatedHashes).AddMembers(value).Value);

    /// <summary>What a render read of one page object; null when no document has that path (it cannot be checked later).</summary>
    private PageRead? Recorded(IGrouping<string, (PageObject Page, string? Member)> reads)
    {
        if (!_documents.Hashes.TryGetValue(reads.Key, out var hash))
        {
            return null;
        }
        var members = reads.Any(read => read.Member is null) ? null
            : reads.Select(read => read.Member!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(member => new ReadValue(member, MemberHash(reads.Key, member)!.Value)).ToList();
        return new PageRead(reads.Key, hash, members);
    }

    private bool Unchanged(PageRead read) =>
        _documents.Hashes.TryGetValue(read.Identity, out var hash)
        && (hash == read.Hash || read.Members is { } members && members.All(member => MemberHash(read.Identity, member.Name) == member.Hash));

    private UInt128? MemberHash(string identity, string member) => _memberHashes.GetOrAdd((identity, member), read =>
        _documents.Objects.TryGetValue(read.Identity, out var page)
            ? new TemplateValueHash().AddValue(page.TryGetValue(read.Member, out var value) ? value : null).Value
            : null);

    /// <summary>Other documents' pages inside a member (<c>site.posts</c>) count by name: reading one records it on its own.</summary>
    private UInt128 SiteMemberHash(string member) =>
        _siteMemberHashes.GetOrAdd(member, name => new TemplateValueHash().AddValue(_site.TryGetValue(name, out var value) ? value : null).Value);
}
