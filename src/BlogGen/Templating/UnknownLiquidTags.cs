using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BlogGen.Templating;

/// <summary>
/// Finds <c>{% name %}</c> tags that neither Liquid nor Jekyll defines, nor BlogGen runs. Scriban would read
/// <c>{% 标签 %}</c> in mirrored prose as an expression and print nothing; Jekyll stops on an unknown tag. BlogGen keeps
/// such a body as written, and in a layout or include reports the tag and prints nothing in its place.
/// </summary>
internal static partial class UnknownLiquidTags
{
    /// <summary>Every tag BlogGen runs: Liquid's, and Jekyll's that <see cref="JekyllTags"/> makes readable.</summary>
    private static readonly FrozenSet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "assign", "capture", "endcapture", "case", "when", "else", "elsif", "endcase", "if", "endif", "unless", "endunless",
        "for", "endfor", "break", "continue", "cycle", "tablerow", "endtablerow", "increment", "decrement",
        "comment", "endcomment", "raw", "endraw", "echo", "liquid", "render",
        "include", "include_relative", "include_cached", "link", "post_url", "highlight", "endhighlight", "seo", "feed_meta",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>One unknown tag: its name, its 0-based line and column, and where the whole tag (<c>{%</c> to <c>%}</c>) is in the text.</summary>
    public readonly record struct Found(string Name, int Line, int Column, int Index, int Length);

    /// <summary>The unknown tags of <paramref name="text"/> in order, outside <c>{% raw %}</c> and <c>{% comment %}</c> blocks.</summary>
    public static IEnumerable<Found> All(string text)
    {
        string? blockEnd = null;
        foreach (Match match in Tag().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (blockEnd is not null)
            {
                blockEnd = name == blockEnd ? null : blockEnd;
                continue;
            }
            if (name is "raw" or "comment")
            {
                blockEnd = "end" + name;
            }
            else if (!Known.Contains(name))
            {
                var before = text.AsSpan(0, match.Index);
                yield return new Found(name, before.Count('\n'), match.Index - (before.LastIndexOf('\n') + 1), match.Index, match.Length);
            }
        }
    }

    /// <summary>The first unknown tag's name and its 0-based line; null when there is none.</summary>
    public static (string Name, int Line)? First(string text) => All(text).Select(found => ((string, int)?)(found.Name, found.Line)).FirstOrDefault();

    [GeneratedRegex(@"\{%-?\s*(?<name>[^\s%}\-]+)(?:[^%]|%(?!\}))*%\}", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
