using System.Text.RegularExpressions;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// One kramdown inline attribute list, <c>{: .class #id key="value" ref}</c>: what it gives an element. A bare name refers
/// to an attribute list definition; the only one BlogGen knows is <c>toc</c>, which makes a list the table of contents.
/// </summary>
internal sealed partial record AttributeList(string? Id, IReadOnlyList<string> Classes, IReadOnlyList<KeyValuePair<string, string>> Properties,
    IReadOnlyList<string> References)
{
    /// <summary>The list written between <c>{:</c> and <c>}</c>, or null when it is not one (so the text stays as written).</summary>
    public static AttributeList? Parse(ReadOnlySpan<char> inside)
    {
        string? id = null;
        var classes = new List<string>();
        var properties = new List<KeyValuePair<string, string>>();
        var references = new List<string>();
        var text = inside.ToString();
        var position = 0;
        foreach (Match part in Part().Matches(text))
        {
            if (text.AsSpan(position, part.Index - position).Trim().Length > 0)
            {
                return null;
            }
            position = part.Index + part.Length;
            if (part.Groups["class"].Success)
            {
                // A dot without a name (`{:.}`, as a theme's table of contents writes an empty class) gives nothing, as in kramdown.
                if (part.Groups["class"].Length == 0)
                {
                    continue;
                }
                classes.Add(part.Groups["class"].Value);
            }
            else if (part.Groups["id"].Success)
            {
                id = part.Groups["id"].Value;
            }
            else if (part.Groups["key"].Success)
            {
                var value = part.Groups["double"].Success ? part.Groups["double"].Value : part.Groups["single"].Value;
                properties.Add(new(part.Groups["key"].Value, value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\'", "'", StringComparison.Ordinal)));
            }
            else
            {
                references.Add(part.Groups["reference"].Value);
            }
        }
        return text.AsSpan(position).Trim().Length > 0 ? null : new AttributeList(id, classes, properties, references);
    }

    [GeneratedRegex("""
        \.(?<class>[\w-]*)
        | \#(?<id>[\w-]+)
        | (?<key>[\w:-]+)=(?:"(?<double>(?:\\"|[^"])*)"|'(?<single>(?:\\'|[^'])*)')
        | (?<reference>[\w-]+)
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Part();
}
