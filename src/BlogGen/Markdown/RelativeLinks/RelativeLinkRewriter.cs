using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.RelativeLinks;

/// <summary>
/// Points links written to another document's source file (<c>[CLI](cli.md#options)</c>, as GitHub renders them)
/// at that document's built URL, as jekyll-relative-links does. Links the resolver does not know stay as written.
/// </summary>
internal static class RelativeLinkRewriter
{
    public static void Rewrite(MarkdownDocument document, Func<string, string?> resolveLink)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not { Length: > 0 } url || !IsRelativePath(url))
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

    private static bool IsRelativePath(string url) =>
        url[0] is not ('/' or '#' or '?') && !url.Contains(':', StringComparison.Ordinal);
}
