using AngleSharp.Dom;

namespace BlogGen.Sanitizing;

/// <summary>
/// Where a node of the parsed fragment started in the fragment's text, from the source references the parser keeps
/// for elements. A comment or text has none of its own: the element before it, or around it, stands in.
/// </summary>
internal static class SourceOffsets
{
    /// <summary>The offset in the fragment, or -1 when the node has no element to go by.</summary>
    public static int Of(INode node)
    {
        // Past a few siblings the element around stands in: a page of thousands of comments side by side would
        // otherwise be walked back once per comment.
        const int SiblingsLookedAt = 32;
        var siblings = 0;
        for (var current = node; current is not null; current = current.PreviousSibling is { } previous && ++siblings <= SiblingsLookedAt ? previous : current.Parent)
        {
            if (current is IElement { SourceReference: { } reference } element && element.LocalName != "body")
            {
                return Math.Max(0, reference.Position.Position - HtmlFragmentSanitizer.DocumentStart.Length);
            }
        }
        return -1;
    }
}
