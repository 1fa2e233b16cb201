using System.Text;

using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown;

/// <summary>
/// The text a reader sees in an inline tree: literals, code, entities, link and image text.
/// Raw HTML tags and footnote markers contribute nothing; line breaks become a space.
/// </summary>
internal static class InlinePlainText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        AppendChildren(text, container);
        return text.ToString().Trim();
    }

    private static void AppendChildren(StringBuilder text, ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Append(text, child);
        }
    }

    private static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                AppendChildren(text, container);
                break;
        }
    }
}
