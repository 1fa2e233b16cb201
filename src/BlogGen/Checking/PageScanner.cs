using System.Collections.Immutable;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BlogGen.Checking;

/// <summary>Parses a built page with AngleSharp and lists its links and anchors, keeping source positions.</summary>
public static class PageScanner
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    private static readonly ImmutableArray<string> LinkAttributes = ["href", "src", "srcset"];

    public static ScannedPage Scan(string html)
    {
        var document = new HtmlParser(Options).ParseDocument(html);
        var links = new List<PageLink>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                anchors.Add(id);
            }
            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            {
                anchors.Add(name);
            }
            foreach (var attribute in LinkAttributes)
            {
                if (element.GetAttribute(attribute) is not { } value)
                {
                    continue;
                }
                var (line, column) = PositionOf(element);
                var urls = attribute == "srcset" ? SrcsetUrls(value) : [value.Trim()];
                links.AddRange(urls.Select(url => new PageLink(url, attribute, line, column)));
            }
        }
        return new ScannedPage(links, anchors);
    }

    /// <summary>The URL of each candidate in a <c>srcset</c>: "a.png 1x, b.png 2x" gives a.png and b.png.</summary>
    public static IReadOnlyList<string> SrcsetUrls(string srcset) =>
        [.. srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split((char[])[' ', '\t', '\n', '\r', '\f'], 2)[0])
            .Where(url => url.Length > 0)];

    private static (int Line, int Column) PositionOf(IElement element) =>
        element.SourceReference is { } reference ? (reference.Position.Line, reference.Position.Column) : (0, 0);
}
