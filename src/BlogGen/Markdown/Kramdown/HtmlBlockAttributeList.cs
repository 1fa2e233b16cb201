using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using Markdig.Helpers;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// kramdown's block attribute list right after an HTML block, on the line of its closing tag or on the next line:
/// <c>&lt;div class="image"&gt;...&lt;/div&gt;{: .float--right }</c>, as an included snippet followed by a list often is.
/// CommonMark reads the list as part of the HTML block; kramdown gives its attributes to the block's first element,
/// <c>&lt;div class="image float--right"&gt;</c>, and so does this. A block list right before an HTML block gives its
/// attributes to the first element the same way (<see cref="Give(HtmlBlock, AttributeList, out bool)"/>).
/// </summary>
internal static partial class HtmlBlockAttributeList
{
    /// <summary>Takes a trailing list off <paramref name="block"/> and gives it to the first element; false when there is none.</summary>
    /// <param name="gaveProperties">Whether the list gave <c>key="value"</c> attributes.</param>
    public static bool TryApply(HtmlBlock block, out bool gaveProperties)
    {
        gaveProperties = false;
        var lines = block.Lines.Lines.Take(block.Lines.Count).Select(line => line.Slice.ToString()).ToList();
        if (lines.Count == 0 || TrailingList().Match(lines[^1]) is not { Success: true } trailing
            || AttributeList.Parse(trailing.Groups["list"].Value) is not { } list)
        {
            return false;
        }
        var before = trailing.Groups["before"].Value;
        if (before.Length > 0)
        {
            lines[^1] = before;
        }
        else
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return Give(block, string.Join('\n', lines), list, out gaveProperties);
    }

    /// <summary>Gives <paramref name="list"/> to the block's first element, as an attribute list right before the block does; false when it starts with none.</summary>
    /// <param name="gaveProperties">Whether the list gave <c>key="value"</c> attributes.</param>
    public static bool Give(HtmlBlock block, AttributeList list, out bool gaveProperties) =>
        Give(block, block.Lines.ToString(), list, out gaveProperties);

    private static bool Give(HtmlBlock block, string text, AttributeList list, out bool gaveProperties)
    {
        gaveProperties = false;
        if (FirstTag().Match(text) is not { Success: true } tag)
        {
            return false;
        }
        var attributes = new StringBuilder(tag.Groups["attributes"].Value);
        if (list.Classes.Count > 0)
        {
            var classes = string.Join(' ', list.Classes.Select(WebUtility.HtmlEncode));
            if (ClassAttribute().Match(attributes.ToString()) is { Success: true } existing)
            {
                attributes.Insert(existing.Groups["value"].Index + existing.Groups["value"].Length, (existing.Groups["value"].Length > 0 ? " " : "") + classes);
            }
            else
            {
                attributes.Append(" class=\"").Append(classes).Append('"');
            }
        }
        if (list.Id is not null && !IdAttribute().IsMatch(attributes.ToString()))
        {
            attributes.Append(" id=\"").Append(WebUtility.HtmlEncode(list.Id)).Append('"');
        }
        foreach (var (name, value) in list.Properties)
        {
            attributes.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        }
        var group = tag.Groups["attributes"];
        block.Lines = new StringLineGroup(string.Concat(text.AsSpan(0, group.Index), attributes.ToString(), text.AsSpan(group.Index + group.Length)));
        gaveProperties = list.Properties.Count > 0;
        return true;
    }

    /// <summary>A last line that ends an element (or is empty before the list) and then holds <c>{: ...}</c>.</summary>
    [GeneratedRegex(@"^(?<before>.*>)?[ \t]*\{:(?!:)(?<list>[^{}]*)\}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingList();

    [GeneratedRegex(@"^\s*<[A-Za-z][\w-]*(?<attributes>[^<>]*?)\s*/?>", RegexOptions.CultureInvariant)]
    private static partial Regex FirstTag();

    [GeneratedRegex(@"\bclass\s*=\s*""(?<value>[^""]*)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClassAttribute();

    [GeneratedRegex(@"\bid\s*=", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
