using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.SafeUrls;

/// <summary>
/// One pass over one parsed document: every link, image, autolink and link reference definition
/// whose URL fails the check is taken out of the tree, keeping the text a reader sees.
/// </summary>
internal sealed class UnsafeUrlRemover(Func<string, bool> isSafeUrl, Func<string, bool> isSafeImageUrl)
{
    private EmittedHref? _emittedHref;

    public IReadOnlyList<RemovedUrl> Remove(MarkdownDocument document)
    {
        var removed = new List<RemovedUrl>();
        var unsafeInlines = new List<Inline>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case FootnoteLinkReferenceDefinition:
                    break;
                case LinkReferenceDefinition definition when !IsSafe(definition.Url ?? string.Empty, isSafeUrl):
                    removed.Add(new RemovedUrl(definition.Url ?? string.Empty, definition.Line + 1));
                    break;
                case LinkInline link when !IsSafe(DestinationOf(link), link.IsImage ? isSafeImageUrl : isSafeUrl):
                    unsafeInlines.Add(link);
                    // A link through a reference definition is reported once, at the definition.
                    if (link.Reference is null)
                    {
                        removed.Add(new RemovedUrl(DestinationOf(link), link.Line + 1));
                    }

                    break;
                case AutolinkInline autolink when !IsSafe(DestinationOf(autolink), isSafeUrl):
                    unsafeInlines.Add(autolink);
                    removed.Add(new RemovedUrl(DestinationOf(autolink), autolink.Line + 1));
                    break;
            }
        }

        // Changed after the walk: the enumeration cannot survive edits to the tree it walks.
        foreach (var inline in unsafeInlines)
        {
            Neutralize(inline);
        }

        return removed.Count == 0 ? [] : [.. removed.OrderBy(url => url.Line)];
    }

    private static string DestinationOf(LinkInline link) => link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty;

    private static string DestinationOf(AutolinkInline autolink) =>
        autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;

    // Both forms are checked: the destination as written (entities and escapes decoded, so
    // "java&#9;script:" shows its tab) and the attribute value a browser will read.
    private bool IsSafe(string url, Func<string, bool> check)
    {
        if (!check(url))
        {
            return false;
        }

        _emittedHref ??= new EmittedHref();
        return check(_emittedHref.Of(url));
    }

    private static void Neutralize(Inline inline)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true } image:
                image.ReplaceBy(TextOf(image, InlinePlainText.Of(image)), copyChildren: false);
                break;
            case LinkInline link:
                Unwrap(link);
                break;
            case AutolinkInline autolink:
                autolink.ReplaceBy(TextOf(autolink, autolink.Url), copyChildren: false);
                break;
        }
    }

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private static LiteralInline TextOf(Inline replaced, string text) => new(text)
    {
        Line = replaced.Line,
        Column = replaced.Column,
        Span = replaced.Span,
    };
}
