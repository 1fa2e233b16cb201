using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <summary>
/// Groups posts by tag or category, one group per slug: names that slug alike would otherwise write the same folder,
/// so they share one page and a warning names them. A name without a slug gets no page and a warning.
/// </summary>
public static class TaxonomyGrouping
{
    public static TaxonomyGroups Group(IReadOnlyList<Document> postsNewestFirst, TaxonomyKind kind, TaxonomyUrls urls)
    {
        var directory = kind.DirectoryOf(urls);
        var bySlug = new SortedDictionary<string, Collected>(StringComparer.Ordinal);
        var withoutSlug = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        // Thousands of posts share a few dozen names.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in postsNewestFirst)
        {
            foreach (var name in kind.NamesOf(post).Distinct(StringComparer.Ordinal))
            {
                if (!slugs.TryGetValue(name, out var slug))
                {
                    slugs[name] = slug = Slugifier.Slugify(name);
                }
                if (!TaxonomyUrls.HasPage(slug))
                {
                    AddTo(withoutSlug, name, post.Source.RelativePath);
                    continue;
                }
                if (!bySlug.TryGetValue(slug, out var collected))
                {
                    bySlug[slug] = collected = new Collected();
                }
                AddTo(collected.FilesByName, name, post.Source.RelativePath);
                if (collected.Posts.Count == 0 || !ReferenceEquals(collected.Posts[^1], post))
                {
                    collected.Posts.Add(post);
                }
            }
        }

        var diagnostics = new List<Diagnostic>();
        var terms = new List<TaxonomyTerm>();
        foreach (var (slug, collected) in bySlug)
        {
            var url = "/" + directory + "/" + slug + "/";
            var names = collected.FilesByName.Keys.ToList();
            terms.Add(new TaxonomyTerm(names[0], names, slug, url, collected.Posts));
            if (names.Count > 1)
            {
                var spelled = string.Join(" and ", collected.FilesByName.Select(pair => $"'{pair.Key}' (in {string.Join(", ", pair.Value)})"));
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TaxonomyNamesMerged, collected.FilesByName.Values.SelectMany(f => f).Min(StringComparer.Ordinal)!,
                    $"the {kind.Plural} {spelled} all make the page {url}, so it lists the posts of each: spell them the same way, or rename one to keep them apart"));
            }
        }
        foreach (var (name, files) in withoutSlug)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TaxonomyNameWithoutSlug, files[0],
                Slugifier.Slugify(name).Length == 0
                    ? $"the {kind.Name} '{name}' (in {string.Join(", ", files)}) has no letter or digit to make a page address from, so it gets no {kind.Name} page: add a letter or digit to it"
                    : $"the {kind.Name} '{name[..Math.Min(name.Length, 40)]}…' (in {string.Join(", ", files)}) makes a page address longer than the {UrlPath.MaxNameBytes} bytes a folder name may have, so it gets no {kind.Name} page: shorten it"));
        }
        terms.Sort((a, b) => ByName(a.Name, b.Name));
        return new TaxonomyGroups(terms, diagnostics);
    }

    /// <summary>Each post is seen once, with distinct names: a file is never added twice under one name.</summary>
    private static void AddTo(SortedDictionary<string, List<string>> filesByName, string name, string file)
    {
        if (!filesByName.TryGetValue(name, out var files))
        {
            filesByName[name] = files = [];
        }
        files.Add(file);
    }

    /// <summary>Readers expect "apple" before "Go": case-insensitive first, ordinal to break ties deterministically.</summary>
    private static int ByName(string x, string y)
    {
        var ignoringCase = string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
        return ignoringCase != 0 ? ignoringCase : string.CompareOrdinal(x, y);
    }

    private sealed class Collected
    {
        public SortedDictionary<string, List<string>> FilesByName { get; } = new(StringComparer.Ordinal);

        public List<Document> Posts { get; } = [];
    }
}
