using System.Collections.Concurrent;

using BlogGen.Diagnostics;

namespace BlogGen.Checking;

/// <summary>
/// Checks a built site without the network: every internal <c>href</c>, <c>src</c> and <c>srcset</c> of every
/// HTML page must resolve to a file of the site mounted at its base URL, and every fragment must name an
/// anchor of the page it leads to. External links are not fetched.
/// </summary>
public static class LinkChecker
{
    public static CheckResult Check(CheckOptions options)
    {
        var site = Path.GetFullPath(options.SiteDirectory);
        if (!Directory.Exists(site))
        {
            return new CheckResult(
                [Diagnostic.Error(DiagnosticCodes.SiteNotBuilt, options.SiteDirectory, "there is no built site here: run 'bloggen build' first, or give the folder with --destination")],
                0, 0);
        }
        var pages = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Where(IsHtml)
            .Select(file => Path.GetRelativePath(site, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var scanned = new ConcurrentDictionary<string, ScannedPage>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page => scanned[page] = PageScanner.Scan(File.ReadAllText(Path.Combine(site, page))));

        var resolver = new LinkResolver(site, options.BaseUrl, options.SiteUrl);
        var diagnostics = new List<Diagnostic>();
        var linksChecked = 0;
        foreach (var page in pages)
        {
            foreach (var link in scanned[page].Links)
            {
                var problem = Problem(resolver.Resolve(page, link.Url), page, link, scanned);
                linksChecked++;
                if (problem is not null)
                {
                    diagnostics.Add(Diagnostic.Error(problem.Value.Code, options.DisplayPrefix + page, problem.Value.Message, link.Line, link.Column));
                }
            }
        }
        return new CheckResult(diagnostics, pages.Count, linksChecked);
    }

    private static (string Code, string Message)? Problem(
        LinkResolution resolution, string page, PageLink link, IReadOnlyDictionary<string, ScannedPage> scanned)
    {
        var quoted = $"{link.Attribute}=\"{link.Url}\"";
        switch (resolution.Kind)
        {
            case LinkKind.External:
                return null;
            case LinkKind.Invalid:
                return (DiagnosticCodes.LinkInvalid, $"{quoted} is not a valid URL: fix its spelling (spaces and other special characters must be percent-encoded)");
            case LinkKind.OutsideBaseUrl:
                return (DiagnosticCodes.LinkOutsideBaseUrl, $"{quoted} leads to {resolution.Path}, which is outside the site's base URL: build the link with relative_url (or prefix it with the baseurl) so it works when the site is mounted under a path");
        }
        var target = resolution.Target!;
        if (target.File is null)
        {
            return (DiagnosticCodes.LinkTargetMissing, $"{quoted} leads to {resolution.Path}, which is not in the built site: fix the link, or add the page or file it points to");
        }
        if (target.Fragment is null || target.Fragment.Length == 0 || !IsHtml(target.File))
        {
            return null;
        }
        var anchors = scanned.TryGetValue(target.File, out var targetPage) ? targetPage.Anchors : new HashSet<string>();
        if (anchors.Contains(target.Fragment) || string.Equals(target.Fragment, "top", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var where = target.File == page ? "this page" : target.File;
        return (DiagnosticCodes.FragmentMissing, $"{quoted} asks for '#{target.Fragment}', but {where} has no element with that id: fix the fragment, or add id=\"{target.Fragment}\" to the element it should lead to");
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
