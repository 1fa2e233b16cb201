namespace BlogGen.Markdown.Highlighting;

/// <summary>A language the highlighter knows.</summary>
/// <param name="Name">The canonical name, used in the <c>language-</c> class of the <c>code</c> element.</param>
/// <param name="GrammarId">The language id in TextMateSharp.Grammars.</param>
public sealed record CodeLanguage(string Name, string GrammarId);
