namespace BlogGen.Generators.Search;

/// <summary>One token a query term looks up (see <see cref="SearchTerms.Parts"/>).</summary>
/// <param name="Text">Normalized: a word, a CJK character or a CJK pair.</param>
/// <param name="Prefix">True when every indexed word starting with <paramref name="Text"/> matches, not just the word itself.</param>
public sealed record SearchTermPart(string Text, bool Prefix);
