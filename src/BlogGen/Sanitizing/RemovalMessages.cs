using System.Globalization;
using System.Text;

namespace BlogGen.Sanitizing;

/// <summary>The wording of every removal, so that writers see the same phrases everywhere.</summary>
internal static class RemovalMessages
{
    private const int MaxQuotedLength = 60;

    public static SanitizeRemoval Element(string tag, string rule) => new(rule, $"removed <{tag}> element", 0);

    public static SanitizeRemoval ElementKeepingContent(string tag, string rule) => new(rule, $"removed <{tag}> tag, kept its content", 0);

    public static SanitizeRemoval ElementAsPreformatted(string tag) =>
        new(RemovalRules.ForElement(tag, inSvg: false), $"replaced <{tag}> with <pre>, kept its text", 0);

    public static SanitizeRemoval FrameNotOnEmbedList(string src) =>
        new(RemovalRules.Frames, $"removed <iframe> element: its src {Quote(src)} is not an https URL on the embeds list", 0);

    public static SanitizeRemoval ForeignObjectMoved() =>
        new(RemovalRules.Svg, "moved the content of <foreignObject> after its <svg>", 0);

    public static SanitizeRemoval Attribute(string attribute, string tag) =>
        new(RemovalRules.ForAttribute(attribute), $"removed attribute {attribute} from <{tag}>", 0);

    public static SanitizeRemoval AttributeValue(string attribute, string tag, string value) =>
        new(RemovalRules.ForAttribute(attribute), $"removed attribute {attribute} from <{tag}>: its value {Quote(value)} is not allowed", 0);

    public static SanitizeRemoval SvgReference(string attribute, string tag, string value) =>
        new(RemovalRules.Svg, $"removed attribute {attribute} from <{tag}>: {Quote(value)} reaches outside the page (only #id references are kept in SVG)", 0);

    public static SanitizeRemoval UnsafeUrl(string url, string tag, string? attribute) =>
        new(RemovalRules.Urls, attribute is null
            ? $"removed unsafe URL {Quote(url)} from <{tag}>"
            : $"removed unsafe URL {Quote(url)} from <{tag} {attribute}>", 0);

    public static SanitizeRemoval NestingFlattened(int tags, int maxDepth) => new(RemovalRules.Nesting, string.Create(CultureInfo.InvariantCulture,
        $"removed {tags} tag(s) nested more than {maxDepth} levels deep, kept their content"), 0);

    public static SanitizeRemoval Unclosed(string tag) =>
        new(RemovalRules.Unclosed, $"<{tag}> is never closed in its block: ended where it starts, the text after it kept", 0);

    public static SanitizeRemoval UnfinishedTag(string tag) =>
        new(RemovalRules.Unclosed, $"the tag <{Printable(tag)} never ends in its block: kept as text", 0);

    public static SanitizeRemoval Comment() => new(RemovalRules.Comments, "removed HTML comment", 0);

    public static SanitizeRemoval CssProperty(string property, string tag) =>
        new(RemovalRules.Css, $"removed CSS property {Printable(property)} from <{tag} style>", 0);

    public static SanitizeRemoval CssValue(string property, string tag, string value) =>
        new(RemovalRules.Css, $"removed CSS property {property} from <{tag} style>: its value {Quote(value)} is not allowed", 0);

    public static SanitizeRemoval MalformedCss(string declaration, string tag) =>
        new(RemovalRules.Css, $"removed malformed CSS {Quote(declaration)} from <{tag} style>", 0);

    /// <summary>The value in quotes, cut short and with control characters made visible.</summary>
    public static string Quote(string value)
    {
        var shown = value.Length > MaxQuotedLength ? value[..MaxQuotedLength] + "…" : value;
        return "\"" + Printable(shown) + "\"";
    }

    private static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (char.IsControl(character))
            {
                builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }
        return builder.ToString();
    }
}
