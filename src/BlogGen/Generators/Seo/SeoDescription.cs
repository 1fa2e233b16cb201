using System.Text;

using BlogGen.Content;

namespace BlogGen.Generators.Seo;

/// <summary>The description search results and link previews show: front matter <c>description</c>, else the excerpt as plain text.</summary>
public static class SeoDescription
{
    public const int MaxLength = 160;

    public static string From(RenderedDocument document, string siteDescription)
    {
        if (document.Document.FrontMatter.GetValueOrDefault("description") is string own && own.Trim().Length > 0)
        {
            return Collapse(own);
        }
        var excerpt = Truncate(document.ExcerptText);
        return excerpt.Length > 0 ? excerpt : Collapse(siteDescription);
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length > 0 ? " " : "").Append(part);
        }
        return builder.ToString();
    }

    /// <summary>Cut at a word boundary when there is one near the limit (CJK text has none), never inside a surrogate pair.</summary>
    private static string Truncate(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }
        var cut = MaxLength - 1;
        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }
        var space = text.LastIndexOf(' ', cut);
        if (space > MaxLength * 2 / 3)
        {
            cut = space;
        }
        return text[..cut].TrimEnd() + "…";
    }
}
