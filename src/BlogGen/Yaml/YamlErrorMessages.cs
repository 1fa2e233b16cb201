using System.Collections.Immutable;

using YamlDotNet.Core;

namespace BlogGen.Yaml;

/// <summary>Rewrites YamlDotNet's parser messages as what went wrong and what to do about it.</summary>
internal static class YamlErrorMessages
{
    private static readonly ImmutableArray<(string Fragment, string Message)> Known =
    [
        ("found invalid mapping", "a value contains ': ', or a line is indented deeper than the key above it: put the value in quotes (title: \"A: B\") or fix the indentation"),
        ("did not find expected key", "unexpected text after a value: check the indentation, or put the whole value in quotes"),
        ("did not find expected ',' or ']'", "a '[' list is not closed: add the missing ']', or put values containing ',' or ']' in quotes"),
        ("did not find expected ',' or '}'", "a '{' map is not closed: add the missing '}', or put values containing ',' or '}' in quotes"),
        ("did not find expected '-' indicator", "this line sits inside a '- item' list but is not an item: start it with '- ' or fix its indentation"),
        ("did not find expected node content", "a value is missing here: complete it, or put the text in quotes"),
        ("found unexpected end of stream", "a quoted value is never closed: add the closing quote"),
        ("found wrong indentation", "a quoted value runs onto the next line without closing: add the closing quote, or indent the lines that follow"),
        ("cannot start any token", "a value starts with a character YAML reserves ('@', '`', '%' or '|'/'>' misplaced): put the value in quotes"),
        ("did not find expected alphabetic or numeric character", "'*' or '&' at the start of a value marks a YAML alias or anchor: put the value in quotes"),
        ("did not find URI escaped octet", "'!' at the start of a value marks a YAML tag: put the value in quotes"),
    ];

    /// <summary>The line and column (1-based, relative to <paramref name="yaml"/>) and a readable message for <paramref name="error"/>.</summary>
    public static (int Line, int Column, string Message) Describe(YamlException error, string yaml)
    {
        var original = error.Message;
        if (original.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            // YamlDotNet often points at the key above the tab; the tab itself is what the writer must fix.
            var (line, column) = FindIndentationTab(yaml) ?? ((int)error.Start.Line, (int)error.Start.Column);
            return (line, column, "invalid YAML: a tab is used for indentation, and YAML allows only spaces: replace the tab with spaces");
        }
        foreach (var (fragment, message) in Known)
        {
            if (original.Contains(fragment, StringComparison.Ordinal))
            {
                return ((int)error.Start.Line, (int)error.Start.Column, "invalid YAML: " + message);
            }
        }
        return ((int)error.Start.Line, (int)error.Start.Column, $"invalid YAML: {original.TrimEnd('.')}: check the syntax here, and put values that contain ': ' or start with a special character in quotes");
    }

    /// <summary>The first tab in the indentation of a line that has content (blank lines may hold tabs).</summary>
    private static (int Line, int Column)? FindIndentationTab(string yaml)
    {
        var line = 1;
        var lineStart = 0;
        while (true)
        {
            var position = lineStart;
            var firstTab = -1;
            while (position < yaml.Length && yaml[position] is ' ' or '\t')
            {
                if (firstTab < 0 && yaml[position] == '\t')
                {
                    firstTab = position;
                }
                position++;
            }
            if (firstTab >= 0 && position < yaml.Length && yaml[position] is not ('\r' or '\n'))
            {
                return (line, firstTab - lineStart + 1);
            }
            var next = yaml.IndexOf('\n', position);
            if (next < 0)
            {
                return null;
            }
            lineStart = next + 1;
            line++;
        }
    }
}
