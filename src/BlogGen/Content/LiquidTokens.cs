using System.Text.RegularExpressions;

namespace BlogGen.Content;

/// <summary>
/// Liquid read a whole token at a time, as Liquid's tokenizer reads it: a <c>{% raw %}</c> or <c>{% comment %}</c> block
/// from its tag to its end tag, an output <c>{{ }}</c>, a tag <c>{% %}</c>. A pattern that looks for one kind of tag puts
/// its own alternative between <see cref="Block"/> and <see cref="OutputOrTag"/>, so it never starts inside another
/// token (a <c>"{{"</c> quoted in a tag, a tag inside a comment). Each pattern runs only on text
/// <see cref="UnclosedLiquid"/> passed, where every opening has its end: from an unclosed one, each such search would
/// go on to the end of the text.
/// </summary>
internal static partial class LiquidTokens
{
    /// <summary>
    /// A <c>{% raw %}</c> or <c>{% comment %}</c> block whole, with trims; the group <c>block</c> is its name. Liquid
    /// does not end a raw block at <c>{%- endraw %}</c>: that is text inside it, as <see cref="UnclosedLiquid"/> reads it.
    /// </summary>
    public const string Block = @"\{%-?\s*(?<block>raw)\s*-?%\}.*?\{%\s*endraw\s*-?%\}|\{%-?\s*(?<block>comment)\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}";

    /// <summary>Any output or tag whole.</summary>
    public const string OutputOrTag = @"\{\{.*?\}\}|\{%.*?%\}";

    /// <summary>Every token of a text in order; the group <c>block</c> succeeds for a raw or comment block.</summary>
    [GeneratedRegex(Block + "|" + OutputOrTag, RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    public static partial Regex All();
}
