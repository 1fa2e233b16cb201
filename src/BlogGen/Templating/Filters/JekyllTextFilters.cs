using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using BlogGen.Content;

using Scriban;
using Scriban.Runtime;

using static BlogGen.Templating.Filters.LiquidValues;

namespace BlogGen.Templating.Filters;

/// <summary>Jekyll 4's filters of text and values (lib/jekyll/filters.rb, filters/url_filters.rb).</summary>
internal static partial class JekyllTextFilters
{
    /// <summary>Jekyll's <c>xml_escape</c> (Ruby's <c>encode(xml: :attr)</c>): <c>&amp; &lt; &gt; "</c> escaped; apostrophes and other characters stay.</summary>
    public static string XmlEscape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>
    /// Jekyll's <c>uri_escape</c> (Addressable's <c>normalize_component</c>): percent escapes are read, the text is put in
    /// Unicode normal form C, and what is neither reserved nor unreserved in a URI is percent-encoded as UTF-8.
    /// </summary>
    public static string UriEscape(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                var length = char.IsSurrogatePair(text, i) ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, length)));
                i += length - 1;
            }
        }
        var decoded = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString([.. bytes]);
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(decoded.Normalize(NormalizationForm.FormC)))
        {
            if (b < 128 && (char.IsAsciiLetterOrDigit((char)b) || "-._~:/?#[]@!$&'()*+,;=".Contains((char)b, StringComparison.Ordinal)))
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }

    /// <summary>Jekyll's <c>normalize_whitespace</c>: every run of whitespace one space, none at either end.</summary>
    public static string NormalizeWhitespace(string text) => RubyWhitespace().Replace(text, " ").Trim(' ');

    /// <summary>
    /// Jekyll's <c>number_of_words</c>: the text's whitespace-separated words. Mode <c>"cjk"</c> counts each CJK character
    /// as a word, plus the runs of other characters between them and spaces; <c>"auto"</c> does so only when there is CJK
    /// text. HTML is counted as it is: use <c>strip_html</c> first to count only its text.
    /// </summary>
    public static int NumberOfWords(string text, string? mode)
    {
        var plain = text.Split(Whitespace.ToCharArray(), StringSplitOptions.RemoveEmptyEntries).Length;
        if (mode is not ("cjk" or "auto"))
        {
            return plain;
        }
        var cjk = 0;
        var others = 0;
        var inRun = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (CjkText.IsCjk(rune))
            {
                cjk++;
                inRun = false;
            }
            else if (rune.IsAscii && Whitespace.Contains((char)rune.Value, StringComparison.Ordinal))
            {
                inRun = false;
            }
            else if (!inRun)
            {
                others++;
                inRun = true;
            }
        }
        return mode == "auto" && cjk == 0 ? plain : cjk + others;
    }

    /// <summary>Jekyll's <c>array_to_sentence_string</c>: "a, b, and c", with another word than "and" if given.</summary>
    public static string ArrayToSentenceString(TemplateContext context, object? input, string? connector)
    {
        var words = (Items(context, input) ?? []).Select(item => Text(context, item)).ToList();
        var and = connector ?? "and";
        return words.Count switch
        {
            0 => "",
            1 => words[0],
            2 => $"{words[0]} {and} {words[1]}",
            _ => $"{string.Join(", ", words[..^1])}, {and} {words[^1]}",
        };
    }

    /// <summary>Jekyll's <c>to_integer</c>: true is 1, false and nothing 0, text its leading whole number, a number without its fraction.</summary>
    public static long ToInteger(object? input) => input switch
    {
        true => 1,
        false or null => 0,
        double or float or decimal => (long)Math.Truncate(Convert.ToDecimal(input, CultureInfo.InvariantCulture)),
        _ when IsList(input) || IsMap(input) => throw new ArgumentException("to_integer: a list or map has no whole number: give it a number or text"),
        _ => (long)LiquidNumbers.From(input is string s ? LeadingInteger().Match(s).Value : input),
    };

    /// <summary>Jekyll's <c>inspect</c>: the value as Ruby's <c>inspect</c> writes it (<c>{"a"=>1}</c>, <c>["x", nil]</c>), HTML-escaped.</summary>
    public static string Inspect(TemplateContext context, object? input) => XmlEscape(RubyInspect(context, input));

    /// <summary>Jekyll's <c>strip_index</c>: <c>/a/index.html</c> is <c>/a/</c>.</summary>
    public static string? StripIndex(string? url) => string.IsNullOrEmpty(url) ? null : TrailingIndex().Replace(url, "/");

    private static string RubyInspect(TemplateContext context, object? value) => value switch
    {
        null => "nil",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        double d => LiquidNumbers.RubyText(d),
        IScriptObject map when IsMap(map) => "{" + string.Join(", ", map.GetMembers().Select(name => $"{RubyInspect(context, name)}=>{RubyInspect(context, Member(context, map, name))}")) + "}",
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object?>().Select(key => $"{RubyInspect(context, key)}=>{RubyInspect(context, map[key!])}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(item => RubyInspect(context, item))) + "]",
        _ => Text(context, value),
    };

    [GeneratedRegex(@"[ \t\r\n\f\v]+", RegexOptions.CultureInvariant)]
    private static partial Regex RubyWhitespace();

    [GeneratedRegex(@"\A\s*[-+]?\d+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingInteger();

    [GeneratedRegex(@"/index\.html?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingIndex();
}
