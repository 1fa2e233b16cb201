using System.Text.RegularExpressions;

using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Templating;

/// <summary>
/// Finds arguments of <c>{% for %}</c> that Liquid does not know, such as <c>sort:'date'</c> in
/// <c>{% for p in site.projects reversed sort:'date' %}</c>. Ruby's Liquid passes over them and loops as if they were not
/// written; Scriban's parser stops. <see cref="JekyllTags"/> takes them out, and the build reports each one, so the
/// loop runs as in Jekyll and the writer learns that the argument does nothing.
/// </summary>
internal static partial class IgnoredLoopArguments
{
    /// <summary>One ignored argument as written (<c>sort:'date'</c>), its 0-based line and column, and where it is in the text.</summary>
    public readonly record struct Found(string Argument, int Line, int Column, int Index, int Length);

    /// <summary>The arguments of <c>for</c> tags other than <c>limit</c> and <c>offset</c>, in order, outside <c>{% raw %}</c> blocks.</summary>
    public static IEnumerable<Found> All(string text)
    {
        foreach (Match tag in ForTag().Matches(text))
        {
            if (!tag.Groups["arguments"].Success)
            {
                continue;
            }
            var arguments = tag.Groups["arguments"];
            foreach (Match argument in Argument().Matches(arguments.Value))
            {
                if (argument.Groups["quoted"].Success || argument.Groups["name"].Value is "limit" or "offset")
                {
                    continue;
                }
                var index = arguments.Index + argument.Index;
                var before = text.AsSpan(0, index);
                yield return new Found(argument.Value, before.Count('\n'), index - (before.LastIndexOf('\n') + 1), index, argument.Length);
            }
        }
    }

    /// <summary>A warning for each ignored argument of <paramref name="text"/>, which starts on line <paramref name="firstLine"/> of its file.</summary>
    public static IEnumerable<Diagnostic> Report(string text, string displayPath, int firstLine) => All(text).Select(found =>
        Diagnostic.Warning(DiagnosticCodes.LiquidArgumentIgnored, displayPath,
            $"'{found.Argument}' is not an argument of Liquid's `for` (limit, offset, reversed), so the loop runs without it, as in Jekyll: remove it, or sort the list with the `sort` filter first",
            firstLine + found.Line, found.Column + 1));

    /// <summary>A <c>{% for x in ... %}</c> tag with what follows <c>in</c>; or a <c>{% raw %}</c> block whole, which is text.</summary>
    [GeneratedRegex(LiquidTokens.Block + @"|\{%-?\s*for\s+[\w.-]+\s+in\s+(?<arguments>(?:[^%]|%(?!\}))*?)-?%\}|" + LiquidTokens.OutputOrTag,
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ForTag();

    /// <summary>Quoted text (passed over), or a <c>name: value</c> argument.</summary>
    [GeneratedRegex(@"(?<quoted>'[^']*'|""[^""]*"")|(?<name>\w[\w-]*)\s*:\s*(?:'[^']*'|""[^""]*""|[\w.\[\]-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Argument();
}
