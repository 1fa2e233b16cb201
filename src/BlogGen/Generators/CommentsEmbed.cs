using System.Net;
using System.Text;

namespace BlogGen.Generators;

/// <summary>The provider's official embed: its client script with the configured attributes, escaped.</summary>
public static class CommentsEmbed
{
    public static string Html(CommentsSettings settings)
    {
        var html = new StringBuilder("<section class=\"comments\" aria-label=\"Comments\">\n<script src=\"")
            .Append(settings.Provider.ScriptUrl).Append('"');
        foreach (var (name, value) in settings.Attributes)
        {
            html.Append("\n        ").Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        }
        return html.Append("\n        crossorigin=\"anonymous\"\n        async>\n</script>\n</section>").ToString();
    }
}
