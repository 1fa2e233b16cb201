using System.Collections.Frozen;
using System.Globalization;

namespace BlogGen.Configuration;

/// <summary>
/// The options under <c>kramdown:</c> that would make Jekyll's output differ from BlogGen's: everything but <c>input</c> and
/// <c>auto_ids</c> (which BlogGen reads), options that only change kramdown's warnings, and options given their Jekyll
/// default (a site often writes those out, such as <c>syntax_highlighter: rouge</c> or <c>line_numbers: false</c>).
/// </summary>
public static class KramdownOptions
{
    /// <summary>The options BlogGen reads or that change nothing it writes, each with the values that are its behaviour, between <c>|</c> (null: any).</summary>
    private static readonly FrozenDictionary<string, string?> Followed = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["input"] = null,
        ["auto_ids"] = null,
        ["show_warnings"] = null,
        ["syntax_highlighter"] = "rouge",
        ["hard_wrap"] = "false",
        ["footnote_nr"] = "1",
        ["entity_output"] = "as_char",
        ["toc_levels"] = "1..6|1,2,3,4,5,6",
        ["smart_quotes"] = "lsquo,rsquo,ldquo,rdquo",
        ["math_engine"] = "mathjax",
        ["parse_block_html"] = "false",
        ["parse_span_html"] = "true",
        ["transliterated_header_ids"] = "false",
        ["guess_lang"] = "true",
        ["syntax_highlighter_opts.block.line_numbers"] = "false",
        ["syntax_highlighter_opts.span.line_numbers"] = "false",
        ["syntax_highlighter_opts.css_class"] = "highlight",
        ["syntax_highlighter_opts.default_lang"] = "plaintext|text",
        ["syntax_highlighter_opts.guess_lang"] = "true",
        ["enable_coderay"] = "false",
        ["header_offset"] = "0",
        ["auto_id_prefix"] = "",
        ["auto_id_stripping"] = "false",
        ["remove_block_html_tags"] = "true",
        ["remove_span_html_tags"] = "false",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Each option of <paramref name="options"/> (the <c>kramdown:</c> map) BlogGen does not follow, as <c>path: value</c>, in the order written.</summary>
    public static IEnumerable<string> Unread(IReadOnlyDictionary<string, object?> options, string prefix = "")
    {
        foreach (var (key, value) in options)
        {
            var path = prefix + key;
            if (value is IReadOnlyDictionary<string, object?> map)
            {
                foreach (var inner in Unread(map, path + "."))
                {
                    yield return inner;
                }
                continue;
            }
            var text = Text(value);
            if (!Followed.TryGetValue(path, out var values) || (values is not null && value is not null && !values.Split('|').Contains(text, StringComparer.OrdinalIgnoreCase)))
            {
                yield return $"{path}: {text}";
            }
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IEnumerable<object?> list when value is not string => string.Join(',', list.Select(Text)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
