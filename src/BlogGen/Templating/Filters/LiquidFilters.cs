using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using Scriban;
using Scriban.Runtime;

using static BlogGen.Templating.Filters.LiquidValues;
using static BlogGen.Templating.TemplateFunction;

namespace BlogGen.Templating.Filters;

/// <summary>
/// Liquid's standard filters as Liquid 4.0 defines them (the Liquid Jekyll 4 runs), under their Liquid names, for every
/// template. Scriban has most of them under the same names, but not with Liquid's results (<c>truncate</c> without
/// "...", <c>round</c> to even, <c>modulo</c> with the dividend's sign, lists printed as <c>[a, b]</c>), and lacks some.
/// <c>date</c>, <c>sort</c> and <c>where</c> are Jekyll's (see <see cref="SiteFunctions"/>, <see cref="JekyllListFilters"/>).
/// </summary>
internal static partial class LiquidFilters
{
    public static ScriptObject ToScriptObject() => new()
    {
        ["size"] = Filter(Size),
        ["downcase"] = TextFilter(text => text.ToLowerInvariant()),
        ["upcase"] = TextFilter(text => text.ToUpperInvariant()),
        ["capitalize"] = TextFilter(Capitalize),
        ["escape"] = EscapeFilter(),
        ["h"] = EscapeFilter(),
        ["escape_once"] = TextFilter(EscapeOnceText),
        ["url_encode"] = Filter((context, input) => input is null ? null : UrlEncode(Text(context, input))),
        ["url_decode"] = Filter((context, input) => input is null ? null : Uri.UnescapeDataString(Text(context, input).Replace('+', ' '))),
        ["slice"] = new TemplateFunction([Value("input"), Value("offset"), OptionalValue("length")], (context, a) => Slice(context, a[0], a[1], a[2])),
        ["truncate"] = new TemplateFunction([Value("input"), OptionalValue("length", 50), OptionalValue("ellipsis", "...")], (context, a) => Truncate(context, a[0], a[1], a[2])),
        ["truncatewords"] = new TemplateFunction([Value("input"), OptionalValue("words", 15), OptionalValue("ellipsis", "...")],
            (context, a) => TruncateWords(context, a[0], a[1], a[2])),
        ["split"] = new TemplateFunction([Value("input"), Value("separator")], (context, a) => List(Split(Text(context, a[0]), Text(context, a[1])))),
        ["strip"] = TextFilter(text => text.AsSpan().Trim(StripWhitespace).ToString()),
        ["lstrip"] = TextFilter(text => text.AsSpan().TrimStart(StripWhitespace).ToString()),
        ["rstrip"] = TextFilter(text => text.AsSpan().TrimEnd(StripWhitespace).ToString()),
        ["strip_html"] = TextFilter(LiquidStripHtml.Apply),
        ["strip_newlines"] = TextFilter(text => text.Replace("\r\n", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)),
        ["newline_to_br"] = TextFilter(text => text.Replace("\n", "<br />\n", StringComparison.Ordinal)),
        ["join"] = new TemplateFunction([Value("input"), OptionalValue("separator", " ")],
            (context, a) => string.Join(Text(context, a[1]), Flattened(a[0]).Select(item => Text(context, item)))),
        ["sort_natural"] = new TemplateFunction([Value("input"), OptionalText("property")], (context, a) => SortNatural(context, a[0], (string?)a[1])),
        ["uniq"] = new TemplateFunction([Value("input"), OptionalText("property")], (context, a) => Uniq(context, a[0], (string?)a[1])),
        ["reverse"] = Filter(input => List(Enumerable.Reverse(Flattened(input)))),
        ["map"] = new TemplateFunction([Value("input"), RequiredText("property")], (context, a) => List(Flattened(a[0]).Select(item => Member(context, item, (string)a[1]!)))),
        ["compact"] = new TemplateFunction([Value("input"), OptionalText("property")],
            (context, a) => List(Flattened(a[0]).Where(item => (a[1] is string property ? Member(context, item, property) : item) is not null))),
        ["replace"] = new TemplateFunction([Value("input"), RequiredText("search"), OptionalText("replacement")],
            (context, a) => ReplaceAll(Text(context, a[0]), (string)a[1]!, (string?)a[2] ?? "")),
        ["replace_first"] = new TemplateFunction([Value("input"), RequiredText("search"), OptionalText("replacement")],
            (context, a) => ReplaceFirst(Text(context, a[0]), (string)a[1]!, (string?)a[2] ?? "")),
        ["remove"] = new TemplateFunction([Value("input"), RequiredText("search")], (context, a) => ReplaceAll(Text(context, a[0]), (string)a[1]!, "")),
        ["remove_first"] = new TemplateFunction([Value("input"), RequiredText("search")], (context, a) => ReplaceFirst(Text(context, a[0]), (string)a[1]!, "")),
        ["append"] = new TemplateFunction([Value("input"), Value("text")], (context, a) => Text(context, a[0]) + Text(context, a[1])),
        ["prepend"] = new TemplateFunction([Value("input"), Value("text")], (context, a) => Text(context, a[1]) + Text(context, a[0])),
        ["concat"] = new TemplateFunction([Value("input"), Value("list")], (_, a) => Concat(a[0], a[1])),
        ["first"] = Filter(input => IsList(input) ? ((System.Collections.IEnumerable)input!).Cast<object?>().FirstOrDefault() : null),
        ["last"] = Filter(input => IsList(input) ? ((System.Collections.IEnumerable)input!).Cast<object?>().LastOrDefault() : null),
        ["abs"] = Filter(input => LiquidNumbers.From(input) switch
        {
            long whole => Math.Abs(whole),
            var exact => LiquidNumbers.Result(Math.Abs((decimal)exact)),
        }),
        ["plus"] = Arithmetic((a, b) => a + b, (a, b) => a + b),
        ["minus"] = Arithmetic((a, b) => a - b, (a, b) => a - b),
        ["times"] = Arithmetic((a, b) => a * b, (a, b) => a * b),
        ["divided_by"] = Arithmetic(LiquidNumbers.Divide, (a, b) => b == 0 ? throw new DivideByZeroException("divided by 0") : a / b),
        ["modulo"] = Arithmetic(LiquidNumbers.Modulo, LiquidNumbers.Modulo),
        ["round"] = new TemplateFunction([Value("input"), OptionalValue("digits", 0L)], (_, a) => Round(a[0], a[1])),
        ["ceil"] = Filter(input => (long)Math.Ceiling(Convert.ToDecimal(LiquidNumbers.From(input), CultureInfo.InvariantCulture))),
        ["floor"] = Filter(input => (long)Math.Floor(Convert.ToDecimal(LiquidNumbers.From(input), CultureInfo.InvariantCulture))),
        ["at_least"] = new TemplateFunction([Value("input"), Value("minimum")], (_, a) => Bound(a[0], a[1], keepLarger: true)),
        ["at_most"] = new TemplateFunction([Value("input"), Value("maximum")], (_, a) => Bound(a[0], a[1], keepLarger: false)),
        ["default"] = new TemplateFunction([Value("input"), OptionalValue("fallback", "")], (_, a) => IsTruthy(a[0]) && !IsEmpty(a[0]) ? a[0] : a[1]),
    };

    /// <summary>What Ruby's <c>strip</c> removes: ASCII whitespace and NUL.</summary>
    private const string StripWhitespace = Whitespace + "\0";

    /// <summary>A filter of the piped value read as text.</summary>
    private static TemplateFunction TextFilter(Func<string, string> apply) => Filter((context, input) => apply(Text(context, input)));

    /// <summary>Liquid's <c>escape</c>, also called <c>h</c>: nothing stays nothing.</summary>
    private static TemplateFunction EscapeFilter() => Filter((context, input) => input is null ? null : Escape(Text(context, input)));

    private static TemplateFunction Arithmetic(Func<long, long, long> whole, Func<decimal, decimal, decimal> exact) =>
        new([Value("input"), Value("operand")], (_, a) => LiquidNumbers.Apply(a[0], a[1], whole, exact));

    private static object Size(object? input) => input switch
    {
        string s => s.Length,
        IScriptObject map => map.Count,
        System.Collections.ICollection collection => collection.Count,
        System.Collections.IEnumerable sequence => sequence.Cast<object?>().Count(),
        _ => 0,
    };

    /// <summary>Ruby's <c>capitalize</c>: the first character upper case, the rest lower case.</summary>
    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();

    /// <summary>Ruby's <c>CGI.escapeHTML</c>.</summary>
    /// <summary>Liquid's <c>escape_once</c>: HTML-escaped, but entities already written stay as they are.</summary>
    internal static string EscapeOnceText(string text) => EscapeOnce().Replace(text, match => Escape(match.Value));

    internal static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return html.ToString();
    }

    /// <summary>Ruby's <c>CGI.escape</c> (Jekyll's <c>cgi_escape</c> too): letters, digits and <c>_.-~</c> stay, a space is <c>+</c>, the rest is percent-encoded UTF-8.</summary>
    internal static string UrlEncode(string text)
    {
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~')
            {
                encoded.Append(c);
            }
            else if (c == ' ')
            {
                encoded.Append('+');
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }

    private static object Slice(TemplateContext context, object? input, object? offsetValue, object? lengthValue)
    {
        var offset = LiquidNumbers.ToInteger(offsetValue, "slice");
        var length = lengthValue is null ? 1 : LiquidNumbers.ToInteger(lengthValue, "slice");
        if (input is System.Collections.IList)
        {
            var items = ((System.Collections.IEnumerable)input).Cast<object?>().ToList();
            return RubySlice(items.Count, offset, length) is var (start, count) ? List(items.GetRange(start, count)) : List([]);
        }
        var text = Text(context, input);
        return RubySlice(text.Length, offset, length) is var (from, take) ? text.Substring(from, take) : "";
    }

    /// <summary>Ruby's <c>slice(offset, length)</c>: a negative offset counts from the end; nothing outside the range.</summary>
    private static (int Start, int Count)? RubySlice(int size, long offset, long length)
    {
        var start = offset < 0 ? size + offset : offset;
        if (start < 0 || start > size || length < 0)
        {
            return null;
        }
        return ((int)start, (int)Math.Min(length, size - start));
    }

    private static string? Truncate(TemplateContext context, object? input, object? lengthValue, object? ellipsisValue)
    {
        if (input is null)
        {
            return null;
        }
        var text = Text(context, input);
        var length = LiquidNumbers.ToInteger(lengthValue, "truncate");
        var ellipsis = Text(context, ellipsisValue);
        var keep = (int)Math.Clamp(length - ellipsis.Length, 0, text.Length);
        return text.Length > length ? text[..keep] + ellipsis : text;
    }

    private static object? TruncateWords(TemplateContext context, object? input, object? wordsValue, object? ellipsisValue)
    {
        if (input is null)
        {
            return null;
        }
        // Liquid 4's own rule: more words than the count less one gets the ellipsis, even when none is cut.
        var words = Text(context, input).Split(Whitespace.ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        var last = (int)Math.Max(LiquidNumbers.ToInteger(wordsValue, "truncatewords") - 1, 0);
        return words.Length > last ? string.Join(' ', words[..(last + 1)]) + Text(context, ellipsisValue) : input;
    }

    /// <summary>Ruby's <c>String#split</c>: a space splits on runs of whitespace, nothing splits into characters, trailing empty parts are dropped.</summary>
    private static IEnumerable<object?> Split(string text, string separator)
    {
        var parts = separator switch
        {
            " " => text.Split(Whitespace.ToCharArray(), StringSplitOptions.RemoveEmptyEntries),
            "" => [.. text.EnumerateRunes().Select(rune => rune.ToString())],
            _ => text.Split(separator),
        };
        var count = parts.Length;
        while (count > 0 && parts[count - 1].Length == 0)
        {
            count--;
        }
        return parts.Take(count);
    }

    /// <summary>Ruby's <c>gsub</c> of text; an empty search changes nothing.</summary>
    private static string ReplaceAll(string text, string search, string replacement) =>
        search.Length == 0 ? text : text.Replace(search, replacement, StringComparison.Ordinal);

    private static string ReplaceFirst(string text, string search, string replacement) =>
        text.IndexOf(search, StringComparison.Ordinal) is var at and >= 0 ? string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + search.Length)) : text;

    private static ScriptArray Concat(object? input, object? other) =>
        IsList(other) ? List(Flattened(input).Concat(((System.Collections.IEnumerable)other!).Cast<object?>())) : throw new ArgumentException("concat: give it a list to add");

    /// <summary>Liquid's <c>sort_natural</c>: text compared without regard to case, nothing last.</summary>
    private static ScriptArray SortNatural(TemplateContext context, object? input, string? property) =>
        List(Flattened(input).Select(item => (Item: item, Key: property is null ? item : Member(context, item, property)))
            .Order(Comparer<(object? Item, object? Key)>.Create((a, b) => a.Key is null || b.Key is null
                ? (a.Key is null ? 1 : 0) - (b.Key is null ? 1 : 0)
                : string.Compare(Text(context, a.Key), Text(context, b.Key), StringComparison.OrdinalIgnoreCase)))
            .Select(pair => pair.Item));

    private static ScriptArray Uniq(TemplateContext context, object? input, string? property) =>
        List(Flattened(input).DistinctBy(item => property is null ? item : Member(context, item, property), Same));

    private static object Round(object? input, object? digitsValue)
    {
        var digits = LiquidNumbers.ToInteger(digitsValue, "round");
        var number = LiquidNumbers.From(input);
        if (number is long whole && digits >= 0)
        {
            return whole;
        }
        var rounded = Math.Round(Convert.ToDecimal(number, CultureInfo.InvariantCulture), (int)Math.Clamp(digits, 0, 28), MidpointRounding.AwayFromZero);
        return digits == 0 ? (long)rounded : (object)(double)rounded;
    }

    private static object Bound(object? input, object? limit, bool keepLarger)
    {
        var (value, bound) = (LiquidNumbers.From(input), LiquidNumbers.From(limit));
        var comparison = LiquidNumbers.Compare(bound, value);
        return LiquidNumbers.Result(keepLarger ? (comparison > 0 ? bound : value) : (comparison < 0 ? bound : value));
    }

    [GeneratedRegex("[\"><']|&(?!(?:[a-zA-Z]+|#\\d+);)", RegexOptions.CultureInvariant)]
    private static partial Regex EscapeOnce();
}
