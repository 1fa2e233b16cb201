using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BlogGen.Sanitizing;

/// <summary>
/// What the element and attribute allowlists cannot say about inline SVG, checked before the policy runs: the HTML in
/// a <c>foreignObject</c> is moved after its <c>svg</c> (kept, and sanitized as the HTML it is, never inside SVG where
/// a browser would parse it again differently); a reference (<c>href</c>, <c>xlink:href</c>, <c>url(…)</c> in a
/// presentation attribute) must point inside the page (<c>#id</c>), so a drawing cannot load anything. Links
/// (<c>&lt;a href&gt;</c>) get the URL check every link gets.
/// </summary>
internal static class SvgSubset
{
    public static void Check(IHtmlElement body, RemovalLog log)
    {
        foreach (var svg in body.QuerySelectorAll("svg").Where(IsOutermost).ToList())
        {
            MoveForeignObjects(svg, log);
            foreach (var element in svg.QuerySelectorAll("*").Prepend(svg))
            {
                foreach (var attribute in element.Attributes.ToList())
                {
                    if (IsOutsideReference(element, attribute))
                    {
                        log.Add(RemovalMessages.SvgReference(attribute.Name, element.LocalName, attribute.Value), SourceOffsets.Of(element));
                        element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
                    }
                }
            }
        }
    }

    // Every <svg>, whatever namespace the parser gave it: one inside <math> is a drawing once <math> is gone.
    private static bool IsOutermost(IElement svg) => svg.ParentElement?.Closest("svg") is null;

    private static void MoveForeignObjects(IElement svg, RemovalLog log)
    {
        INode anchor = svg;
        foreach (var foreign in svg.QuerySelectorAll("foreignObject").ToList())
        {
            if (!svg.Contains(foreign))
            {
                continue; // inside one moved already
            }
            log.Add(RemovalMessages.ForeignObjectMoved(), SourceOffsets.Of(foreign));
            foreach (var child in foreign.ChildNodes.ToList())
            {
                anchor.Parent!.InsertBefore(child, anchor.NextSibling);
                anchor = child;
            }
            foreign.Remove();
        }
    }

    private static bool IsOutsideReference(IElement element, IAttr attribute)
    {
        var value = attribute.Value;
        if (attribute.LocalName == "href")
        {
            // A link is a link: its URL is checked as every link's is. xlink:href on one is not.
            return !(element.LocalName == "a" && attribute.NamespaceUri is null) && !value.TrimStart().StartsWith('#');
        }
        if (value.Contains('\\', StringComparison.Ordinal))
        {
            return value.Contains("url", StringComparison.OrdinalIgnoreCase) || value.Contains('(', StringComparison.Ordinal);
        }
        var at = 0;
        while ((at = value.IndexOf("url(", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += 4;
            var inside = value.AsSpan(at).TrimStart(" \t\n\r\f\"'");
            if (inside.Length == 0 || inside[0] != '#')
            {
                return true;
            }
        }
        return false;
    }
}
