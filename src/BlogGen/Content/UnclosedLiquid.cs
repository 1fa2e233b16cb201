using System.Text.RegularExpressions;

namespace BlogGen.Content;

/// <summary>
/// Finds the first <c>{{</c>, <c>{%</c>, <c>{% raw %}</c> or <c>{% comment %}</c> that is never closed. Jekyll stops on
/// one ("comment tag was never closed"); left to the parser, an unclosed comment hides the rest of the text without a word.
/// The text is read once from start to end, as Liquid's tokenizer reads it, so that the patterns that later match whole
/// tags and blocks only run on text where each opening has its end: each of them searches to the end of the text from
/// an unclosed opening, which is slow when thousands are written.
/// </summary>
internal static partial class UnclosedLiquid
{
    /// <summary>An opening as written (<c>{% comment %}</c>), what closes it, and its 0-based line and column.</summary>
    public readonly record struct Found(string Opening, string Closing, int Line, int Column);

    /// <summary>The first opening of <paramref name="text"/> without its end; null when every one is closed.</summary>
    public static Found? First(string text)
    {
        var at = 0;
        while (text.IndexOf('{', at) is var open and >= 0 && open < text.Length - 1)
        {
            var kind = text[open + 1];
            if (kind is not ('{' or '%'))
            {
                at = open + 1;
                continue;
            }
            var closing = kind == '{' ? "}}" : "%}";
            var end = text.IndexOf(closing, open + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                return Unclosed(text, open, kind == '{' ? "{{" : "{%", closing);
            }
            at = end + 2;
            if (kind == '%' && BlockOpening().Match(text, open, at - open) is { Success: true } block)
            {
                var name = block.Groups["block"].Value;
                var blockEnd = name == "raw" ? EndRaw().Match(text, at) : EndComment().Match(text, at);
                if (!blockEnd.Success)
                {
                    return Unclosed(text, open, $"{{% {name} %}}", $"{{% end{name} %}}");
                }
                at = blockEnd.Index + blockEnd.Length;
            }
        }
        return null;
    }

    private static Found Unclosed(string text, int index, string opening, string closing)
    {
        var before = text.AsSpan(0, index);
        return new Found(opening, closing, before.Count('\n'), index - (before.LastIndexOf('\n') + 1));
    }

    /// <summary>A whole <c>{% raw %}</c> or <c>{% comment %}</c> tag, with trims.</summary>
    [GeneratedRegex(@"\A\{%-?\s*(?<block>raw|comment)\s*-?%\}\z", RegexOptions.CultureInvariant)]
    private static partial Regex BlockOpening();

    /// <summary>The end of a raw block: Liquid does not read <c>{%- endraw %}</c> as one (its raw block is never closed).</summary>
    [GeneratedRegex(@"\{%\s*endraw\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex EndRaw();

    [GeneratedRegex(@"\{%-?\s*endcomment\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex EndComment();
}
