using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BlogGen.Tests.TestSupport;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Script elements a browser would run: JSON-LD and other data blocks are not among them.</summary>
    public static IReadOnlyList<IElement> ExecutableScripts(string html) =>
        [.. Parse(html).QuerySelectorAll("script").Where(s => s.GetAttribute("type") is null or "" or "text/javascript" or "module")];
}
