using System.IO.Hashing;
using System.Text;

using BlogGen.Building.Caching;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Hashing;
using BlogGen.Output;
using BlogGen.Templating;

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
    private readonly TemplateObjects _objects;
    private readonly LayoutHistory? _history;
    private readonly HashSet<string> _readersOfChanges;
    private int _showsBuildTime;

    /// <param name="sharedKey">A hash of what every render depends on: the tool, the templates, the configuration, the URLs.</param>
    /// <param name="session">The build session: rendered pages, and the template objects of this build, complete.</param>
    /// <param name="history">The last build's layout history in a preview session; null when no history is kept.</param>
    public LayoutStage(PageRenderer renderer, BuildSession session, IOutputTarget output, UInt128 sharedKey, LayoutHistory? history)
    {
        (_renderer, _cache, _output, _sharedKey, _objects) = (renderer, session.Pages, output, sharedKey, session.TemplateObjects);
        // The last build's history holds while every render depends on the same and the pages that changed since are known.
        var changedPages = _objects.ChangedPages;
        _history = history is null ? null
            : history.SharedKey == sharedKey && changedPages is not null ? history : LayoutHistory.Empty(sharedKey);
        _readersOfChanges = _history?.ReadersOfChanges(changedPages ?? new HashSet<string>(), _objects.SiteMemberHash) ?? [];
    }

    /// <summary>The history this build leaves for the next one; null when none is kept or before <see cref="RenderAll"/>.</summary>
    public LayoutHistory? History { get; private set; }

    /// <summary>Whether a page rendered or kept by <see cref="RenderAll"/> shows the build time (<c>site.time</c>, <c>"now"</c>).</summary>
    public bool ShowsBuildTime => Volatile.Read(ref _showsBuildTime) != 0;

    /// <summary>Each page's output, in order; null for a page that failed.</summary>
    public OutputFile?[] RenderAll(IReadOnlyList<GeneratedPage> items, DiagnosticBag diagnostics, IBuildProgress? progress)
    {
        var outputs = new OutputFile?[items.Count];
        var laidOut = new LaidOutPage?[items.Count];
        var kept = new bool[items.Count];
        var sharedPaths = SharedPaths(items);
        Parallel.For(0, items.Count, i =>
        {
            outputs[i] = Render(items[i], sharedPaths, diagnostics, out laidOut[i], out kept[i]);
            progress?.Advance();
        });
        History = _history?.Next(_sharedKey, laidOut, kept, _objects.SiteMemberHash);
        return outputs;
    }

    /// <param name="sharedPaths">Output paths of more than one page: a page rendered to one of them is not taken by the
    /// output yet, as the others are (see <see cref="IOutputTarget.Take"/>).</param>
    /// <param name="keptOnSight">Kept as the history holds it, without a check.</param>
    private OutputFile? Render(GeneratedPage item, HashSet<string> sharedPaths, DiagnosticBag diagnostics, out LaidOutPage? laidOut, out bool keptOnSight)
    {
        OutputStamp? seen = null;
        if (_history is not null
            && _history.Pages.TryGetValue(item.Url, out var before)
            && !_readersOfChanges.Contains(item.Url)
            && before.HasInputsOf(item)
            && _cache.TryReuse(before.OutputPath, render => ReferenceEquals(render, before.Render) && _output.Holds(before.OutputPath, render.Output, render.Seen, out seen), out _))
        {
            var stamped = WithSeen(before.OutputPath, before.Render, seen);
            // A render stamped anew is the cache's entry now: the history takes it, as it takes a page checked.
            keptOnSight = ReferenceEquals(stamped, before.Render);
            laidOut = keptOnSight ? before : before with { Render = stamped };
            NoteBuildTime(before.Render.SiteMembers.Select(read => read.Name));
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
        var key = CacheKeys.Layout(_sharedKey, item.Url, item.Layout, item.Origin, _objects.HashOf(item));
        if (_cache.TryReuse(outputPath, previous => previous.Key == key
            && previous.Pages.All(Unchanged)
            && previous.SiteMembers.All(read => _objects.SiteMemberHash(read.Name) == read.Hash)
            && _output.Holds(outputPath, previous.Output, previous.Seen, out seen), out var reused))
        {
            laidOut = new LaidOutPage(item, outputPath, WithSeen(outputPath, reused, seen));
            NoteBuildTime(reused.SiteMembers.Select(read => read.Name));
            return laidOut.Kept;
        }

        var result = RenderFresh(item, out var reads);
        NoteBuildTime(reads.SiteMembers);
        diagnostics.AddRange(result.Diagnostics);
        if (result.Output is null)
        {
            return null;
        }
        var bytes = Encoding.UTF8.GetBytes(result.Output);
        var pageReads = reads.PageReads
            .GroupBy(read => read.Identity, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(Recorded)
            .ToArray();
        // A page with warnings is rendered again next time, so that they show again.
        if (result.Diagnostics.Count == 0 && !pageReads.Contains(null))
        {
            var render = new PageRender(key, XxHash128.HashToUInt128(bytes), pageReads!,
                [.. reads.SiteMembers.Order(StringComparer.Ordinal).Select(member => new ReadValue(member, _objects.SiteMemberHash(member)))]);
            _cache.Add(outputPath, render);
            laidOut = new LaidOutPage(item, outputPath, render);
        }
        // Which of the pages on one path the site keeps is decided once all are rendered: the first that renders.
        return sharedPaths.Contains(outputPath) ? OutputFile.Rendered(outputPath, bytes) : _output.Take(outputPath, bytes);
    }

    /// <summary>The output paths more than one page goes to (a permalink given twice).</summary>
    private static HashSet<string> SharedPaths(IReadOnlyList<GeneratedPage> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (UrlPath.TryNormalize(item.Url, out var url, out _) && !seen.Add(UrlPath.ToOutputPath(url)))
            {
                shared.Add(UrlPath.ToOutputPath(url));
            }
        }
        return shared;
    }

    /// <summary>The kept render with what the output check saw of its file, for the next build to trust; the same render when that is known already.</summary>
    private PageRender WithSeen(string outputPath, PageRender render, OutputStamp? seen)
    {
        if (render.Seen == seen)
        {
            return render;
        }
        var stamped = render with { Seen = seen };
        _cache.Add(outputPath, stamped);
        return stamped;
    }

    private void NoteBuildTime(IEnumerable<string> siteMembersRead)
    {
        if (siteMembersRead.Contains(RenderDependencies.BuildTimeMember, StringComparer.Ordinal))
        {
            Volatile.Write(ref _showsBuildTime, 1);
        }
    }

    private RenderResult RenderFresh(GeneratedPage item, out RenderDependencies reads)
    {
        reads = new RenderDependencies();
        return _renderer.RenderPage(item, reads);
    }

    /// <summary>What a render read of one page object; null when no document has that path (it cannot be checked later).</summary>
    private PageRead? Recorded(IGrouping<string, (string Identity, string? Member)> reads)
    {
        if (_objects.PageHash(reads.Key) is not { } hash)
        {
            return null;
        }
        var members = reads.Any(read => read.Member is null) ? null
            : reads.Select(read => read.Member!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(member => new ReadValue(member, _objects.MemberHash(reads.Key, member)!.Value)).ToArray();
        return new PageRead(reads.Key, hash, members);
    }

    private bool Unchanged(PageRead read) =>
        _objects.PageHash(read.Identity) is { } hash
        && (hash == read.Hash || read.Members is { } members && members.All(member => _objects.MemberHash(read.Identity, member.Name) == member.Hash));
}
