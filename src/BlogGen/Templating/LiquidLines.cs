using System.Text;
using System.Text.RegularExpressions;

using BlogGen.Content;

namespace BlogGen.Templating;

/// <summary>
/// Puts Liquid on the lines Scriban's Liquid parser reads. Liquid lets a tag or an output run over several lines
/// (<c>{%- assign x = list\n | where: "a", b -%}</c>, as themes write long filter chains), where Scriban ends a tag at the
/// end of its line: each such tag is written on one line, and its line ends follow it inside a <c>{% comment %}</c>, which
/// prints nothing. Scriban reads the tags inside <c>{%- comment -%}</c> (a comment whose tags trim) as code, where Liquid
/// skips all of it: such a block keeps only its line ends, in a plain <c>{% comment %}</c>. Either way every later line
/// keeps its number, and a trim after the tag is handed to an empty tag after the comment. <c>{% raw %}</c> blocks stay
/// as they are, but for a trim at the end of their opening tag, which Scriban cannot read.
/// </summary>
internal static partial class LiquidLines
{
    /// <summary>The text with every tag and output on one line; where that moved the text after a tag is added to <paramref name="shifts"/>.</summary>
    public static string Flatten(string liquid, List<JekyllTags.Shift> shifts)
    {
        if (!liquid.Contains('\n', StringComparison.Ordinal) && !liquid.Contains("comment", StringComparison.Ordinal) && !liquid.Contains("raw", StringComparison.Ordinal))
        {
            return liquid;
        }
        StringBuilder? output = null;
        var written = 0;
        var line = 0;
        foreach (Match markup in LiquidTokens.All().Matches(liquid))
        {
            var value = markup.Value;
            var comment = markup.Groups["block"].Value == "comment";
            var lineEnds = comment ? value.AsSpan().Count('\n') : OutsideQuotes(value).Count(i => value[i] == '\n');
            if (markup.Groups["block"].Value == "raw")
            {
                // Scriban does not read `{% raw -%}` as a raw block and prints nothing of it; Liquid keeps its text as
                // written. The trim becomes a space, so nothing moves.
                var trim = markup.Index + value.IndexOf("%}", StringComparison.Ordinal) - 1;
                if (liquid[trim] == '-')
                {
                    output ??= new StringBuilder(liquid.Length + 64);
                    line += liquid.AsSpan(written, trim - written).Count('\n');
                    output.Append(liquid, written, trim - written).Append(' ');
                    written = trim + 1;
                }
                continue;
            }
            if (!comment && lineEnds == 0)
            {
                continue;
            }
            output ??= new StringBuilder(liquid.Length + 64);
            line += liquid.AsSpan(written, markup.Index - written).Count('\n');
            output.Append(liquid, written, markup.Index - written);
            var start = output.Length;
            var trimsAfter = value.EndsWith("-%}", StringComparison.Ordinal) || value.EndsWith("-}}", StringComparison.Ordinal);
            var after = trimsAfter ? "{% endcomment %}{% if false %}{% endif -%}" : "{% endcomment %}";
            if (comment)
            {
                output.Append(value.StartsWith("{%-", StringComparison.Ordinal) ? "{%- if false %}{% endif %}" : "");
            }
            else
            {
                // A line end inside quoted text is the text's own, and stays.
                var inside = value.ToCharArray(0, value.Length - (trimsAfter ? 3 : 2));
                foreach (var i in OutsideQuotes(value).Where(i => i < inside.Length && inside[i] is '\n' or '\r'))
                {
                    inside[i] = ' ';
                }
                output.Append(inside).Append(value.StartsWith("{%", StringComparison.Ordinal) ? "%}" : "}}");
            }
            output.Append("{% comment %}").Append('\n', lineEnds).Append(after);
            // On the tag's last line, what followed it was at the tag's end column and is now after the comment's end.
            line += value.AsSpan().Count('\n');
            if (lineEnds > 0)
            {
                var endColumn = value.Length - (value.LastIndexOf('\n') + 1);
                shifts.Add(new JekyllTags.Shift(line, after.Length, after.Length - endColumn));
            }
            else
            {
                // A comment on one line: what follows it on its line moved by the change in length (from its written column).
                var column = markup.Index - (markup.Index == 0 ? 0 : liquid.LastIndexOf('\n', markup.Index - 1) + 1);
                shifts.Add(new JekyllTags.Shift(line, column + output.Length - start, output.Length - start - value.Length));
            }
            written = markup.Index + markup.Length;
        }
        return output is null ? liquid : output.Append(liquid, written, liquid.Length - written).ToString();
    }

    /// <summary>The places in a tag that are not inside quoted text.</summary>
    private static IEnumerable<int> OutsideQuotes(string tag)
    {
        char? quote = null;
        for (var i = 0; i < tag.Length; i++)
        {
            if (quote is { } open)
            {
                quote = tag[i] == open ? null : quote;
            }
            else if (tag[i] is '"' or '\'')
            {
                quote = tag[i];
            }
            else
            {
                yield return i;
            }
        }
    }

}
