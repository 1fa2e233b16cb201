using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BlogGen.Templating;

/// <summary>
/// Finds <c>{% name %}</c> tags that neither Liquid nor Jekyll defines. Scriban would read <c>{% 标签 %}</c> in mirrored
/// prose as an expression and print nothing; Jekyll stops on an unknown tag. BlogGen keeps such text as written instead.
/// </summary>
internal static partial class UnknownLiquidTags
{
    private static readonly FrozenSet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "assign", "capture", "endcapture", "case", "when", "else", "elsif", "endcase", "if", "endif", "unless", "endunless",
        "for", "endfor", "break", "continue", "cycle", "tablerow", "endtablerow", "increment", "decrement",
        "comment", "endcomment", "raw", "endraw", "echo", "liquid", "render",
        "include", "include_relative", "link", "post_url",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first unknown tag's name and its 0-based line, outside <c>{% raw %}</c> blocks; null when there is none.</summary>
    public static (string Name, int Line)? First(string text)
    {
        var inRaw = false;
        foreach (Match match in Tag().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (inRaw)
            {
                inRaw = name != "endraw";
                continue;
            }
            if (name == "raw")
            {
                inRaw = true;
            }
            else if (!Known.Contains(name))
            {
                return (name, text.AsSpan(0, match.Index).Count('\n'));
            }
        }
        return null;
    }

    [GeneratedRegex(@"\{%-?\s*(?<name>[^\s%}\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
