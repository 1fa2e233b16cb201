using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BlogGen.Sanitizing;

/// <summary>
/// Keeps an inline style from moving content out of the article or over the page around it, which
/// needs no <c>position</c>: a negative margin lifts a block over the header, a window-sized or huge
/// width, padding, border, letter spacing or font spreads past the column or covers the text next to it.
/// A value is refused when it holds a negative number, a viewport unit (<c>vw</c>, <c>vh</c>, …), a
/// length over <see cref="MaxPixels"/> CSS pixels (font-relative units counted at 16px), a unitless
/// number over 1000, or a percentage over 100% (1000% for <c>font-size</c> and <c>line-height</c>,
/// whose percentages are of the font, not of the column).
/// </summary>
internal static partial class CssSizeLimit
{
    public const double MaxPixels = 2000;

    private static readonly FrozenDictionary<string, double> PixelsPerUnit = new Dictionary<string, double>
    {
        ["px"] = 1,
        ["pt"] = 96.0 / 72,
        ["pc"] = 16,
        ["in"] = 96,
        ["cm"] = 96 / 2.54,
        ["mm"] = 96 / 25.4,
        ["q"] = 96 / 101.6,
        ["em"] = 16,
        ["rem"] = 16,
        ["ex"] = 16,
        ["rex"] = 16,
        ["ch"] = 16,
        ["rch"] = 16,
        ["ic"] = 16,
        ["ric"] = 16,
        ["cap"] = 16,
        ["rcap"] = 16,
        ["lh"] = 16,
        ["rlh"] = 16,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool StaysInArticle(string property, string value)
    {
        var unquoted = Quoted().Replace(value, "\"\"");
        foreach (Match number in Number().Matches(unquoted))
        {
            if (number.Groups["sign"].Value == "-")
            {
                return false;
            }
            var size = double.Parse(number.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            var unit = number.Groups["unit"].Value.ToLowerInvariant();
            var fits = unit switch
            {
                "" => size <= 1000,
                "%" => size <= (property is "font-size" or "line-height" ? 1000 : 100),
                _ when ViewportUnit().IsMatch(unit) => false,
                _ when PixelsPerUnit.TryGetValue(unit, out var pixels) => size * pixels <= MaxPixels,
                _ => true,
            };
            if (!fits)
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex("\"[^\"]*\"|'[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    // Not inside a word or a hex colour (#1e90ff), so only real numbers are read.
    [GeneratedRegex(@"(?<![\w#.])(?<sign>[+-]?)(?<number>\d*\.?\d+(?:[eE][+-]?\d+)?)(?<unit>%|[a-zA-Z]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex("^[sld]?v(?:w|h|i|b|min|max)$", RegexOptions.CultureInvariant)]
    private static partial Regex ViewportUnit();
}
