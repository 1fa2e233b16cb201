using System.Collections.Immutable;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Folds TextMate scopes into the few categories the stylesheet colours, so one light and one dark palette cover
/// every grammar. A token takes the category of its innermost scope that has one; the punctuation that delimits
/// a construct (<c>punctuation.definition.*</c>: quotes, <c>//</c>, <c>$</c>, a diff's <c>+</c>) takes the construct's.
/// </summary>
public static class TokenCategories
{
    // A more specific prefix comes before the prefix it extends (keyword.operator before keyword): the first match wins.
    private static readonly ImmutableArray<(string Prefix, string Category)> Rules =
    [
        ("comment", "comment"),
        ("string", "string"),
        ("constant.character.escape", "string"),
        ("constant.numeric", "number"),
        ("constant", "constant"),
        ("keyword.operator", "operator"),
        ("keyword", "keyword"),
        ("storage", "keyword"),
        ("variable.language", "keyword"),
        ("entity.name.function", "function"),
        ("support.function", "function"),
        ("entity.name.tag", "tag"),
        ("entity.other.attribute-name", "attribute"),
        ("support.type.property-name", "attribute"),
        ("entity.name.type", "type"),
        ("entity.name.class", "type"),
        ("entity.name.namespace", "type"),
        ("entity.other.inherited-class", "type"),
        ("support.type", "type"),
        ("support.class", "type"),
        ("entity.name.variable", "variable"),
        ("variable", "variable"),
        ("support.variable", "variable"),
        ("markup.heading", "heading"),
        ("markup.inserted", "inserted"),
        ("markup.deleted", "deleted"),
        ("markup.changed", "changed"),
        ("meta.diff.range", "comment"),
        ("meta.diff.header", "comment"),
        ("punctuation", "punctuation"),
    ];

    /// <summary>Every category, the CSS class of each being <c>hl-</c> + the category.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Rules.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal)];

    /// <param name="scopes">Outermost first, as TextMate gives them.</param>
    /// <returns>The category, or null for text shown plain.</returns>
    public static string? Of(IReadOnlyList<string> scopes)
    {
        var delimiter = false;
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].StartsWith("punctuation.definition.", StringComparison.Ordinal))
            {
                delimiter = true;
            }
            else if (OfScope(scopes[i]) is { } category)
            {
                return category;
            }
        }
        return delimiter ? "punctuation" : null;
    }

    private static string? OfScope(string scope)
    {
        foreach (var (prefix, category) in Rules)
        {
            if (scope.StartsWith(prefix, StringComparison.Ordinal)
                && (scope.Length == prefix.Length || scope[prefix.Length] == '.'))
            {
                return category;
            }
        }
        return null;
    }
}
