using System.Net;
using System.Text;

using BlogGen.Markdown;

namespace BlogGen.Generators;

/// <summary>The <c>&lt;nav class="toc"&gt;</c> of a document: nested ordered lists of links to its headings.</summary>
public static class TableOfContents
{
    /// <returns>The HTML, or null when there are no headings.</returns>
    public static string? Html(IReadOnlyList<HeadingInfo> headings)
    {
        if (headings.Count == 0)
        {
            return null;
        }
        var html = new StringBuilder("<nav class=\"toc\" aria-label=\"Contents\">\n<ol>\n");
        // The levels of the lists now open; a heading shallower than the first one stays in the outermost list.
        var open = new Stack<int>([headings[0].Level]);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            if (i > 0)
            {
                if (heading.Level > open.Peek())
                {
                    html.Append("\n<ol>\n");
                    open.Push(heading.Level);
                }
                else
                {
                    html.Append("</li>\n");
                    while (open.Count > 1 && heading.Level < open.Peek())
                    {
                        open.Pop();
                        html.Append("</ol>\n</li>\n");
                    }
                }
            }
            html.Append("<li><a href=\"#").Append(WebUtility.HtmlEncode(heading.Id)).Append("\">")
                .Append(WebUtility.HtmlEncode(heading.Text)).Append("</a>");
        }
        html.Append("</li>\n");
        while (open.Count > 1)
        {
            open.Pop();
            html.Append("</ol>\n</li>\n");
        }
        return html.Append("</ol>\n</nav>").ToString();
    }
}
