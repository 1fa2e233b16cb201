using System.Text;
using System.Text.RegularExpressions;

namespace BlogGen.Tests.Architecture;

/// <summary>
/// The stage folders a source file of the library refers to: <c>using BlogGen.X</c> directives (plain, static or
/// aliased) and fully qualified <c>BlogGen.X.</c> names. Comments and the text of string and character literals are left
/// out, so that a mention in prose or in a message does not count.
/// </summary>
internal static partial class StageReferences
{
    /// <summary>Each reference with its 1-based line; the folder is the first name after <c>BlogGen.</c>.</summary>
    public static IReadOnlyList<(int Line, string Folder)> In(string source)
    {
        var references = new List<(int, string)>();
        var lines = CodeOnly(source).Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            // A file's own namespace names its own folder: not a use of another one.
            if (NamespaceDeclaration().IsMatch(lines[index]))
            {
                continue;
            }
            foreach (Match name in QualifiedName().Matches(lines[index]))
            {
                references.Add((index + 1, name.Groups["folder"].Value));
            }
        }
        return references;
    }

    /// <summary>The source with comments and the text of literals replaced by spaces; line breaks stay, so lines keep their numbers.</summary>
    public static string CodeOnly(string source)
    {
        var code = new StringBuilder(source.Length);
        var index = 0;
        while (index < source.Length)
        {
            var length = NotCodeLength(source.AsSpan(index));
            if (length == 0)
            {
                code.Append(source[index]);
                index++;
                continue;
            }
            foreach (var c in source.AsSpan(index, length))
            {
                code.Append(c == '\n' ? '\n' : ' ');
            }
            index += length;
        }
        return code.ToString();
    }

    /// <summary>How long the comment or literal starting <paramref name="text"/> is; 0 when it starts with code.</summary>
    private static int NotCodeLength(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("//"))
        {
            var lineEnd = text.IndexOf('\n');
            return lineEnd < 0 ? text.Length : lineEnd;
        }
        if (text.StartsWith("/*"))
        {
            var end = text[2..].IndexOf("*/");
            return end < 0 ? text.Length : end + 4;
        }
        if (text[0] == '\'')
        {
            return QuotedLength(text, '\'');
        }
        // String literals with their prefixes: "", $"", @"", $@"", @$"", and raw """ """ (with any number of quotes, and $).
        var prefix = text.IndexOfAnyExcept("$@");
        if (prefix < 0 || text[prefix] != '"')
        {
            return 0;
        }
        var quotes = text[prefix..].IndexOfAnyExcept('"');
        quotes = quotes < 0 ? text.Length - prefix : quotes;
        if (quotes >= 3)
        {
            var end = text[(prefix + quotes)..].IndexOf(new string('"', quotes));
            return end < 0 ? text.Length : prefix + quotes + end + quotes;
        }
        return prefix + (text[..prefix].Contains('@') ? VerbatimLength(text[prefix..]) : QuotedLength(text[prefix..], '"'));
    }

    /// <summary>A literal closed by <paramref name="quote"/>, with backslash escapes; an unclosed one ends with its line.</summary>
    private static int QuotedLength(ReadOnlySpan<char> text, char quote)
    {
        for (var index = 1; index < text.Length; index++)
        {
            if (text[index] == '\\')
            {
                index++;
            }
            else if (text[index] == quote || text[index] == '\n')
            {
                return index + 1;
            }
        }
        return text.Length;
    }

    /// <summary>A verbatim string: only a doubled quote does not close it.</summary>
    private static int VerbatimLength(ReadOnlySpan<char> text)
    {
        for (var index = 1; index < text.Length; index++)
        {
            if (text[index] != '"')
            {
                continue;
            }
            if (index + 1 < text.Length && text[index + 1] == '"')
            {
                index++;
                continue;
            }
            return index + 1;
        }
        return text.Length;
    }

    [GeneratedRegex(@"^\s*namespace\s")]
    private static partial Regex NamespaceDeclaration();

    // Not after a letter, digit or '.', so that "MyBlogGen.X" and "Other.BlogGen.X" do not count; "global::BlogGen.X" does.
    [GeneratedRegex(@"(?<![\w.])BlogGen\s*\.\s*(?<folder>\w+)")]
    private static partial Regex QualifiedName();
}
