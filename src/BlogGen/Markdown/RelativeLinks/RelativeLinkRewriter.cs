using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.RelativeLinks;

/// <summary>
/// Hands every link and image path that stays on the site (relative like <c>cli.md#options</c>, as GitHub renders them,
/// or root-relative like <c>/assets/x.png</c>) to a resolver that may give the built URL instead, as jekyll-relative-links
/// does for documents. Paths the resolver does not know stay as written.
/// </summary>
internal static class RelativeLinkRewriter
{
    public static void Rewrite(MarkdownDocument document, Func<string, string?> resolveLink)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } url || !IsSitePath(url))
            {
                continue;
            }
            var split = url.IndexOfAny(['#', '?']);
            var (path, suffix) = split < 0 ? (url, "") : (url[..split], url[split..]);
            if (path.Length > 0 && resolveLink(Uri.UnescapeDataString(path)) is { } resolved)
            {
                link.GetDynamicUrl = null;
                link.Url = resolved + suffix;
            }
        }
    }

    private static bool IsSitePath(string url) =>
        url[0] is not ('#' or '?') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':', StringComparison.Ordinal);
}
