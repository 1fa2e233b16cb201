using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BlogGen.Tests.Compatibility;

/// <summary>
/// What a reader gets from one built HTML page, the parts the comparison holds BlogGen to: the title, the visible text
/// (whitespace runs as one space), each <c>&lt;pre&gt;</c>'s text exactly, and the links in order.
/// </summary>
public sealed record ComparedPage(string Title, string Text, string Pre, string Links)
{
    private static readonly HtmlParser Parser = new();

    public static ComparedPage Of(string html)
    {
        var document = Parser.ParseDocument(html);
        var body = document.Body!;
        foreach (var hidden in body.QuerySelectorAll("script, style, template").ToList())
        {
            hidden.Remove();
        }
        return new ComparedPage(
            document.Title ?? "",
            Collapse(body.TextContent),
            string.Join("\n----\n", body.QuerySelectorAll("pre").Select(pre => pre.TextContent)),
            string.Join(" ", body.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href"))));
    }

    /// <summary>The aspects by name, as the tables of differences name them.</summary>
    public IEnumerable<(string Aspect, string Value)> Aspects() => [("title", Title), ("text", Text), ("pre", Pre), ("links", Links)];

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
