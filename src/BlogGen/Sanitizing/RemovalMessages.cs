using System.Globalization;
using System.Text;

namespace BlogGen.Sanitizing;

/// <summary>The wording of every removal, so that writers see the same phrases everywhere.</summary>
internal static class RemovalMessages
{
    private const int MaxQuotedLength = 60;

    public static string Element(string tag) => $"removed <{tag}> element";

    public static string ElementKeepingContent(string tag) => $"removed <{tag}> tag, kept its content";

    public static string Attribute(string attribute, string tag) => $"removed attribute {attribute} from <{tag}>";

    public static string AttributeValue(string attribute, string tag, string value) =>
        $"removed attribute {attribute} from <{tag}>: its value {Quote(value)} is not allowed";

    public static string UnsafeUrl(string url, string tag, string? attribute) =>
        attribute is null
            ? $"removed unsafe URL {Quote(url)} from <{tag}>"
            : $"removed unsafe URL {Quote(url)} from <{tag} {attribute}>";

    public static string NestingFlattened(int tags, int maxDepth) => string.Create(CultureInfo.InvariantCulture,
        $"removed {tags} tag(s) nested more than {maxDepth} levels deep, kept their content");

    public static string Comment() => "removed HTML comment";

    public static string CssProperty(string property, string tag) =>
        $"removed CSS property {Printable(property)} from <{tag} style>";

    public static string CssValue(string property, string tag, string value) =>
        $"removed CSS property {property} from <{tag} style>: its value {Quote(value)} is not allowed";

    public static string MalformedCss(string declaration, string tag) =>
        $"removed malformed CSS {Quote(declaration)} from <{tag} style>";

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
