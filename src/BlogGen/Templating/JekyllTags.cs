using System.Text;
using System.Text.RegularExpressions;

using BlogGen.Content;

namespace BlogGen.Templating;

/// <summary>
/// Rewrites Jekyll's tags that Scriban's Liquid parser cannot read into forms it can. <c>{% include file.html key="v" other=page.x %}</c>
/// becomes a call of the library's include function (<c>jekyll_include 'file.html' 'key' "v" 'other' page.x</c>), which sets
/// <c>include.key</c>; <c>{% include_relative x key="v" %}</c> likewise calls the function that finds <c>x</c> beside the page; <c>{% post_url 2025-01-01-x %}</c>
/// and <c>{% link _posts/x.md %}</c> take quoted names; <c>{% highlight ruby %}...{% endhighlight %}</c> becomes a capture of its body given to
/// <see cref="JekyllHighlight"/>; a negative number given to a filter is put in parentheses. A tag BlogGen does not know (see <see cref="UnknownLiquidTags"/>) is put inside
/// <c>{% comment %}</c>, so it prints nothing whatever its arguments (it is reported where the template is compiled); an
/// argument of <c>for</c> Liquid does not know is taken out, as Liquid passes over it (see <see cref="IgnoredLoopArguments"/>).
/// <c>{% raw %}</c> blocks are left alone. Lines never move; columns that moved are recorded as shifts.
/// </summary>
public static partial class JekyllTags
{
    /// <summary>From <paramref name="RewrittenColumn"/> (0-based) on <paramref name="Line"/> (0-based), rewritten columns are <paramref name="Amount"/> further right than written.</summary>
    public readonly record struct Shift(int Line, int RewrittenColumn, int Amount);

    public static string Rewrite(string liquid) => Rewrite(liquid, out _);

    public static string Rewrite(string liquid, out IReadOnlyList<Shift> shifts)
    {
        if (!LiquidMarkup.IsIn(liquid))
        {
            shifts = [];
            return liquid;
        }
        var lineShifts = new List<Shift>();
        liquid = LiquidLines.Flatten(liquid, lineShifts);
        var edits = new List<(int Index, int Length, string Text)>();
        var names = new List<(int Index, int Length)>();
        foreach (Match match in Tag().Matches(liquid))
        {
            if (match.Groups["keyword"].Success)
            {
                edits.Add((match.Groups["keyword"].Index, match.Groups["keyword"].Length,
                    match.Groups["keyword"].Value == "include_relative" ? TemplateLibrary.RelativeIncludeFunctionName : TemplateLibrary.IncludeFunctionName));
            }
            if (match.Groups["name"].Success)
            {
                edits.Add((match.Groups["name"].Index, match.Groups["name"].Length, Quote(match.Groups["name"].Value)));
                names.Add((match.Groups["name"].Index, match.Groups["name"].Length));
            }
            var keys = match.Groups["key"].Captures;
            var assignments = match.Groups["assign"].Captures;
            for (var i = 0; i < assignments.Count; i++)
            {
                edits.Add((assignments[i].Index, assignments[i].Length, Quote(keys[i].Value) + " "));
            }
        }
        foreach (Match markup in LiquidTokens.All().Matches(liquid))
        {
            if (markup.Groups["block"].Success)
            {
                continue;
            }
            // Scriban reads `slice: -1` as `(x | slice) - 1`; Liquid means a negative argument, which Scriban writes `(-1)`.
            // A backslash in Liquid's quoted text is a backslash ("/[\s-]+/"), where Scriban reads an escape: it is doubled,
            // except before the quote, which Jekyll's include reads as an escaped quote as Scriban does.
            foreach (Match argument in NegativeArgument().Matches(markup.Value))
            {
                if (argument.Groups["member"] is { Success: true } member)
                {
                    // Liquid's names may hold dashes (`site.adsense-client`); Scriban's parser reads a member so named as
                    // a subtraction and stops, but reads an indexer: `site["adsense-client"]`. A file name a tag takes
                    // (`{% include a.b-c.html %}`) is quoted whole above.
                    var at = markup.Index + member.Index;
                    if (!names.Any(name => at > name.Index && at < name.Index + name.Length))
                    {
                        edits.Add((at - 1, member.Length + 1, $"[\"{member.Value}\"]"));
                    }
                }
                else if (argument.Groups["number"] is { Success: true } number)
                {
                    edits.Add((markup.Index + number.Index, 0, "("));
                    edits.Add((markup.Index + number.Index + number.Length, 0, ")"));
                }
                else if (argument.Value.Contains('\\'))
                {
                    for (var i = 1; i < argument.Length - 1; i++)
                    {
                        if (argument.Value[i] == '\\' && argument.Value[i + 1] != argument.Value[0])
                        {
                            edits.Add((markup.Index + argument.Index + i, 0, "\\"));
                        }
                        else if (argument.Value[i] == '\\')
                        {
                            i++;
                        }
                    }
                }
            }
        }
        foreach (Match tag in HeadTag().Matches(liquid))
        {
            if (!tag.Groups["name"].Success)
            {
                continue;
            }
            // jekyll-seo-tag and jekyll-feed print head tags: a call of the function that makes them.
            var call = tag.Groups["name"].Value == "seo"
                ? $"{JekyllHeadTags.SeoFunction} {(TitleOff().IsMatch(tag.Groups["options"].Value) ? "false" : "true")}"
                : JekyllHeadTags.FeedMetaFunction;
            edits.Add((tag.Index, tag.Length, $"{{{{{tag.Groups["open"].Value} {call} {tag.Groups["close"].Value}}}}}"));
        }
        string? highlight = null;
        foreach (Match tag in HighlightTag().Matches(liquid))
        {
            if (!tag.Groups["language"].Success && !tag.Groups["end"].Success)
            {
                continue;
            }
            if (tag.Groups["language"].Success)
            {
                var options = HighlightOptions.Parse(tag.Groups["options"].Value);
                highlight = $"'{tag.Groups["language"].Value}', {(options.LineNumbers ? "true" : "false")}, '{options.MarkedLinesText}'";
                edits.Add((tag.Index, tag.Length, $"{{%{tag.Groups["open"].Value} capture {JekyllHighlight.CaptureName} {tag.Groups["close"].Value}%}}"));
            }
            else if (highlight is not null)
            {
                // At {% endhighlight %}: the body, Liquid and all, captured; then written as Jekyll's highlight tag writes it.
                edits.Add((tag.Index, tag.Length, $"{{%{tag.Groups["open"].Value} endcapture %}}{{{{ {JekyllHighlight.CaptureName} | {JekyllHighlight.FunctionName}: {highlight} {tag.Groups["close"].Value}}}}}"));
                highlight = null;
            }
        }
        foreach (var unknown in UnknownLiquidTags.All(liquid))
        {
            var tag = liquid.AsSpan(unknown.Index, unknown.Length);
            edits.Add((unknown.Index, 0, tag.StartsWith("{%-") ? "{%- comment %}" : "{% comment %}"));
            // Scriban's Liquid trims nothing after `{% endcomment -%}`: an empty `if` carries the tag's trim to the right.
            edits.Add((unknown.Index + unknown.Length, 0, tag.EndsWith("-%}") ? "{% endcomment %}{% if false %}{% endif -%}" : "{% endcomment %}"));
        }
        foreach (var ignored in IgnoredLoopArguments.All(liquid))
        {
            edits.Add((ignored.Index, ignored.Length, ""));
        }
        // In order of place; a stable sort keeps one tag's closing comment before the next tag's opening one.
        var rewritten = Apply(liquid, [.. edits.OrderBy(edit => edit.Index)], out var columnShifts);
        shifts = lineShifts.Count == 0 ? columnShifts : [.. lineShifts, .. columnShifts];
        return rewritten;
    }

    /// <summary>
    /// Each option of a <c>{% highlight %}</c> tag in <paramref name="liquid"/> that changes nothing (see <see cref="HighlightOptions.Unused"/>),
    /// with the tag's 0-based line and column, for a warning where the text is read.
    /// </summary>
    public static IEnumerable<(string Option, int Line, int Column)> UnusedHighlightOptions(string liquid)
    {
        if (!liquid.Contains("highlight", StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (Match tag in HighlightTag().Matches(liquid))
        {
            if (!tag.Groups["options"].Success)
            {
                continue;
            }
            foreach (var option in HighlightOptions.Parse(tag.Groups["options"].Value).Unused)
            {
                var before = liquid.AsSpan(0, tag.Index);
                yield return (option, before.Count('\n'), tag.Index - (before.LastIndexOf('\n') + 1));
            }
        }
    }

    /// <summary>The written 0-based column of a 0-based <paramref name="column"/> of the rewritten text.</summary>
    public static int OriginalColumn(IReadOnlyList<Shift> shifts, int line, int column) =>
        column - shifts.Where(s => s.Line == line && s.RewrittenColumn <= column).Sum(s => s.Amount);

    private static string Apply(string text, List<(int Index, int Length, string Text)> edits, out IReadOnlyList<Shift> shifts)
    {
        var found = new List<Shift>();
        var output = new StringBuilder(text.Length + (edits.Count * 16));
        var line = 0;
        var lineStart = 0;
        var written = 0;
        foreach (var (index, length, replacement) in edits)
        {
            // An edit inside text an earlier edit replaced or removed (a dashed name in a loop argument that is dropped,
            // or in a tag rewritten whole) has nothing left to change.
            if (index < written)
            {
                continue;
            }
            Append(text.AsSpan(written, index - written));
            output.Append(replacement);
            if (replacement.Length != length)
            {
                found.Add(new Shift(line, output.Length - lineStart, replacement.Length - length));
            }
            written = index + length;
        }
        Append(text.AsSpan(written));
        shifts = found;
        return output.ToString();

        void Append(ReadOnlySpan<char> unchanged)
        {
            if (unchanged.LastIndexOf('\n') is var lastNewline and >= 0)
            {
                line += unchanged.Count('\n');
                lineStart = output.Length + lastNewline + 1;
            }
            output.Append(unchanged);
        }
    }

    private static string Quote(string name) =>
        name.StartsWith('\'') || name.StartsWith('"') ? name
        : name.Contains('\'') ? $"\"{name}\""
        : $"'{name}'";

    [GeneratedRegex(LiquidTokens.Block + """
        | \{%-?\s*
          (?: (?<keyword>include(?:_relative|_cached)?)\s+(?<name>'[^'\n]*'|"[^"\n]*"|[^\s'"%{}][^\s%{}]*)
              (?:\s+(?<assign>(?<key>[\w-]+)[\x20\t]*=[\x20\t]*)(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[\w.\[\]-]+))*
            | (?:post_url|link)\s+(?<name>[^\s'"%{}][^\s%{}]*) )
          \s*-?%\}
        """ + "|" + LiquidTokens.OutputOrTag, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.Singleline)]
    private static partial Regex Tag();

    /// <summary>
    /// <c>{% seo %}</c> (with options such as <c>title=false</c>) and <c>{% feed_meta %}</c>, with their whitespace trims;
    /// or a <c>{% raw %}</c> block whole, which is text.
    /// </summary>
    [GeneratedRegex(LiquidTokens.Block + @"|\{%(?<open>-?)\s*(?<name>seo|feed_meta)\b(?<options>[^%]*?)(?<close>-?)%\}|" + LiquidTokens.OutputOrTag,
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex HeadTag();

    /// <summary>
    /// <c>{% highlight LANG options %}</c> (Jekyll's language names: letters, digits, <c>_ + - #</c>) and <c>{% endhighlight %}</c>,
    /// with their trims; or a <c>{% raw %}</c> block or a <c>{{ output }}</c> whole, text to the tag (a writer may print
    /// <c>{{ "{% highlight x " }}%}</c> to show the tag).
    /// </summary>
    [GeneratedRegex(LiquidTokens.Block + @"|\{%(?<open>-?)\s*(?:highlight\s+(?<language>[\w+#-]+)(?<options>[^%]*?)|(?<end>endhighlight))\s*(?<close>-?)%\}|" + LiquidTokens.OutputOrTag,
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex HighlightTag();

    [GeneratedRegex(@"\btitle\s*=\s*false\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleOff();


    /// <summary>
    /// Quoted text (a quote after a backslash is inside it), a negative number right after a filter's colon or an
    /// argument's comma, or a member name with a dash after a name's dot (<c>page.my-var</c>).
    /// </summary>
    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|(?<=[:,]\s*)(?<number>-\d+(?:\.\d+)?)|(?<=[\w\]]\.)(?<member>[A-Za-z_]\w*-[\w-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NegativeArgument();
}
