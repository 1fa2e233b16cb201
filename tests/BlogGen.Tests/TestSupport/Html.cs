using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BlogGen.Tests.TestSupport;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);
}
