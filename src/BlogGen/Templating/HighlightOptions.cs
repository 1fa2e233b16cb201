using System.Globalization;
using System.Text.RegularExpressions;

namespace BlogGen.Templating;

/// <summary>
/// The options after the language in <c>{% highlight LANG options %}</c>, read as Jekyll reads them: words, <c>key=value</c>
/// or <c>key="1 2 3"</c>. Jekyll 4 uses two, <c>linenos</c> and <c>mark_lines="…"</c> (the lines Rouge wraps in
/// <c>&lt;span class="hll"&gt;</c>); any other (Pygments' <c>hl_lines</c>, say) changes nothing, so it is listed in
/// <see cref="Unused"/> for a warning rather than dropped without a word.
/// </summary>
/// <param name="LineNumbers">Whether <c>linenos</c> was given, in any of its forms.</param>
/// <param name="MarkedLines">The 1-based lines of <c>mark_lines</c>, as written; empty when not given.</param>
/// <param name="Unused">Each option as written that BlogGen, like Jekyll, does nothing with.</param>
internal sealed partial record HighlightOptions(bool LineNumbers, IReadOnlyList<int> MarkedLines, IReadOnlyList<string> Unused)
{
    public static HighlightOptions Parse(string options)
    {
        var lineNumbers = false;
        var marked = new List<int>();
        var unused = new List<string>();
        foreach (Match option in Option().Matches(options))
        {
            var key = option.Groups["key"].Value;
            if (key == "linenos")
            {
                lineNumbers = true;
            }
            else if (key == "mark_lines" && option.Groups["list"].Success)
            {
                marked.AddRange(LineList(option.Groups["list"].Value));
            }
            else
            {
                unused.Add(option.Value);
            }
        }
        return new HighlightOptions(lineNumbers, marked, unused);
    }

    /// <summary>The numbers of a list separated by white space; anything else in it is not a line.</summary>
    public static IReadOnlyList<int> LineList(string? list)
    {
        var lines = new List<int>();
        foreach (var word in (list ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var line))
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    /// <summary>The marked lines as the highlight function takes them: numbers separated by spaces.</summary>
    public string MarkedLinesText => string.Join(' ', MarkedLines);

    /// <summary>An option as Jekyll splits them; a list is numbers only, as Jekyll's tag syntax allows.</summary>
    [GeneratedRegex("""(?<key>\w+)(?:="(?<list>[0-9]{1,9}(?:\s+[0-9]{1,9})*)"|=(?<value>"[^"]*"|\S+))?""", RegexOptions.CultureInvariant)]
    private static partial Regex Option();
}
