using System.Globalization;

using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Footnotes as kramdown writes them: named by their label (<c>#fn:floats</c>, <c>#fnref:floats</c>, a repeated reference
/// <c>#fnref:floats:1</c>), numbered in the order they are first referred to, with the ARIA roles, and each backlink after a
/// no-break space (none when it starts a paragraph of its own, as under a footnote ending in a list or code).
/// </summary>
internal static class FootnoteRenderers
{
    private const char NoBreakSpace = '\u00A0';

    public sealed class Link : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            var footnote = link.Footnote;
            var name = KramdownFootnoteLabel.NameOf(footnote.Label!);
            if (!link.IsBackLink)
            {
                renderer.Write("<sup id=\"fnref:").Write(name).Write(Repeat(footnote.Links.IndexOf(link))).Write("\" role=\"doc-noteref\"><a href=\"#fn:")
                    .Write(name).Write("\" class=\"footnote\" rel=\"footnote\">").Write(footnote.Order.ToString(CultureInfo.InvariantCulture)).Write("</a></sup>");
                return;
            }
            var repeat = footnote.Links.FindIndex(reference => reference.Index == link.Index);
            if (repeat > 0 || link.PreviousSibling is not null)
            {
                renderer.Write(NoBreakSpace);
            }
            renderer.Write("<a href=\"#fnref:").Write(name).Write(Repeat(repeat)).Write("\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;");
            if (repeat > 0)
            {
                renderer.Write("<sup>").Write((repeat + 1).ToString(CultureInfo.InvariantCulture)).Write("</sup>");
            }
            renderer.Write("</a>");
        }

        /// <summary>What kramdown adds to the id of the second and later references to one footnote: <c>:1</c>, <c>:2</c>...</summary>
        private static string Repeat(int index) => index > 0 ? ":" + index.ToString(CultureInfo.InvariantCulture) : "";
    }

    public sealed class Group : HtmlObjectRenderer<FootnoteGroup>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
        {
            // Footnotes no text refers to are left out, and kramdown writes no list for none.
            if (footnotes.Count == 0)
            {
                return;
            }
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"footnotes\" role=\"doc-endnotes\">");
            renderer.WriteLine("<ol>");
            foreach (var footnote in footnotes.Cast<Footnote>())
            {
                renderer.Write("<li id=\"fn:").Write(KramdownFootnoteLabel.NameOf(footnote.Label!)).WriteLine("\" role=\"doc-endnote\">");
                renderer.WriteChildren(footnote);
                renderer.EnsureLine();
                renderer.WriteLine("</li>");
            }
            renderer.WriteLine("</ol>");
            renderer.WriteLine("</div>");
        }
    }
}
