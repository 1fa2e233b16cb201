namespace BlogGen.Building;

/// <summary>
/// The pages the last complete build of a preview session put through layouts and cached, by URL, and which of them
/// read each document's page and each <c>site</c> member. The next build checks in full only the pages that read
/// something that changed, and keeps the others on sight: at 10,000 posts, checking every page's reads one by one
/// took most of a rebuild. In memory only, one build at a time.
/// </summary>
/// <param name="SharedKey">What every render of that build depended on (see <see cref="LayoutStage"/>).</param>
/// <param name="Pages">Each page by URL.</param>
/// <param name="PageReaders">The URLs of the pages that read each document's page, by source path.</param>
/// <param name="SiteReaders">The URLs of the pages that read each <c>site</c> member.</param>
/// <param name="SiteHashes">The hash of each <c>site</c> member read, as of that build.</param>
internal sealed record LayoutHistory(UInt128 SharedKey, Dictionary<string, LaidOutPage> Pages,
    Dictionary<string, HashSet<string>> PageReaders, Dictionary<string, HashSet<string>> SiteReaders, IReadOnlyDictionary<string, UInt128> SiteHashes)
{
    public static LayoutHistory Empty(UInt128 sharedKey) => new(sharedKey, new(StringComparer.Ordinal),
        new(StringComparer.Ordinal), new(StringComparer.Ordinal), new Dictionary<string, UInt128>(StringComparer.Ordinal));

    /// <summary>The URLs of the pages that read a page in <paramref name="changedPages"/> or a site member that hashes otherwise now.</summary>
    public HashSet<string> ReadersOfChanges(IReadOnlySet<string> changedPages, Func<string, UInt128> siteMemberHash)
    {
        var readers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var identity in changedPages)
        {
            if (PageReaders.TryGetValue(identity, out var urls))
            {
                readers.UnionWith(urls);
            }
        }
        foreach (var (member, hash) in SiteHashes)
        {
            if (siteMemberHash(member) != hash)
            {
                readers.UnionWith(SiteReaders[member]);
            }
        }
        return readers;
    }

    /// <summary>
    /// The history after a build that laid out <paramref name="laidOut"/> (null for a page not cached), where
    /// <paramref name="kept"/> tells the pages kept on sight as this history holds them: only the others are looked at.
    /// This history is changed to make it and is not used again.
    /// </summary>
    public LayoutHistory Next(UInt128 sharedKey, IReadOnlyList<LaidOutPage?> laidOut, IReadOnlyList<bool> kept, Func<string, UInt128> siteMemberHash)
    {
        var known = Pages.Count;
        var laidOutAgain = 0;
        for (var i = 0; i < laidOut.Count; i++)
        {
            if (kept[i])
            {
                laidOutAgain++;
            }
            else if (laidOut[i] is { } now)
            {
                if (Pages.TryGetValue(now.Item.Url, out var before))
                {
                    laidOutAgain++;
                    Replace(before, now);
                }
                else
                {
                    Register(now, remove: false);
                }
                Pages[now.Item.Url] = now;
            }
        }
        // Pages gone, or not cached this time: rare, so looked for only when the count tells.
        if (laidOutAgain < known)
        {
            var urls = laidOut.OfType<LaidOutPage>().Select(page => page.Item.Url).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in Pages.Where(page => !urls.Contains(page.Key)).ToList())
            {
                Register(gone.Value, remove: true);
                Pages.Remove(gone.Key);
            }
        }
        var siteHashes = SiteReaders.Keys.ToDictionary(member => member, siteMemberHash, StringComparer.Ordinal);
        return new LayoutHistory(sharedKey, Pages, PageReaders, SiteReaders, siteHashes);
    }

    private void Replace(LaidOutPage before, LaidOutPage now)
    {
        if (!ReferenceEquals(before.Render, now.Render))
        {
            Register(before, remove: true);
            Register(now, remove: false);
        }
    }

    private void Register(LaidOutPage page, bool remove)
    {
        var url = page.Item.Url;
        foreach (var read in page.Render.Pages)
        {
            Update(PageReaders, read.Identity, url, remove);
        }
        foreach (var read in page.Render.SiteMembers)
        {
            Update(SiteReaders, read.Name, url, remove);
        }
    }

    private static void Update(Dictionary<string, HashSet<string>> readers, string read, string url, bool remove)
    {
        if (remove)
        {
            if (readers.TryGetValue(read, out var urls) && urls.Remove(url) && urls.Count == 0)
            {
                readers.Remove(read);
            }
        }
        else if (readers.TryGetValue(read, out var urls))
        {
            urls.Add(url);
        }
        else
        {
            readers[read] = new HashSet<string>(StringComparer.Ordinal) { url };
        }
    }
}
