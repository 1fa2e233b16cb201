using System.Collections.Immutable;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Maps TextMate scopes to the CSS class of a token. A token takes the class of its innermost scope that has one; the
/// punctuation that delimits a construct (<c>punctuation.definition.*</c>: quotes, <c>//</c>, <c>$</c>, a diff's <c>+</c>)
/// takes the construct's. Two tables: <see cref="BlogGen"/> folds scopes into the few <c>hl-*</c> categories the default
/// theme colours; <see cref="Rouge"/> gives Rouge's short classes (<c>k</c>, <c>s2</c>, <c>c1</c>...), which every Jekyll
/// theme's stylesheet colours.
/// </summary>
public sealed class TokenClassTable
{
    /// <summary>BlogGen's own classes, <c>hl-</c> + a category, so one light and one dark palette cover every grammar.</summary>
    public static readonly TokenClassTable BlogGen = new(
        [
            ("comment", "hl-comment"),
            ("string", "hl-string"),
            ("constant.character.escape", "hl-string"),
            ("constant.numeric", "hl-number"),
            ("constant", "hl-constant"),
            ("keyword.operator", "hl-operator"),
            ("keyword", "hl-keyword"),
            ("storage", "hl-keyword"),
            ("variable.language", "hl-keyword"),
            ("entity.name.function", "hl-function"),
            ("support.function", "hl-function"),
            ("entity.name.tag", "hl-tag"),
            ("entity.other.attribute-name", "hl-attribute"),
            ("support.type.property-name", "hl-attribute"),
            ("entity.name.type", "hl-type"),
            ("entity.name.class", "hl-type"),
            ("entity.name.namespace", "hl-type"),
            ("entity.other.inherited-class", "hl-type"),
            ("support.type", "hl-type"),
            ("support.class", "hl-type"),
            ("entity.name.variable", "hl-variable"),
            ("variable", "hl-variable"),
            ("support.variable", "hl-variable"),
            ("markup.heading", "hl-heading"),
            ("markup.inserted", "hl-inserted"),
            ("markup.deleted", "hl-deleted"),
            ("markup.changed", "hl-changed"),
            ("meta.diff.range", "hl-comment"),
            ("meta.diff.header", "hl-comment"),
            ("punctuation", "hl-punctuation"),
        ],
        "hl-punctuation");

    /// <summary>Rouge's token classes (Pygments' short names), as Jekyll's highlighted code carries them.</summary>
    public static readonly TokenClassTable Rouge = new(
        [
            ("comment.line", "c1"),
            ("comment.block.documentation", "cd"),
            ("comment.block", "cm"),
            ("comment", "c"),
            ("meta.preprocessor", "cp"),
            ("string.quoted.single", "s1"),
            ("string.quoted.double", "s2"),
            ("string.quoted.triple", "s2"),
            ("string.quoted.other", "s"),
            ("string.regexp", "sr"),
            ("string.interpolated", "sb"),
            ("string.unquoted.heredoc", "sh"),
            ("string.unquoted", "s"),
            ("string", "s"),
            ("constant.character.escape", "se"),
            ("constant.character", "sc"),
            ("constant.numeric", "m"),
            ("constant.language", "kc"),
            ("constant.other.symbol", "ss"),
            ("constant", "no"),
            ("keyword.operator.word", "ow"),
            ("keyword.operator.logical.python", "ow"),
            ("keyword.operator", "o"),
            ("keyword.control.import", "kn"),
            ("keyword.other.import", "kn"),
            ("keyword.other.using", "kn"),
            ("keyword.other.namespace", "kn"),
            ("keyword.control.module", "kn"),
            ("keyword.type", "kt"),
            ("keyword", "k"),
            ("storage.type.primitive", "kt"),
            ("storage.type.built-in", "kt"),
            ("storage.type.function.js", "kd"),
            ("storage.type.function.ts", "kd"),
            ("storage.type.function", "k"),
            ("storage.type.class", "k"),
            ("storage.type", "kd"),
            ("storage.modifier", "kd"),
            ("storage", "k"),
            ("variable.language", "nb"),
            ("variable.parameter", "nv"),
            ("variable.other.readwrite.instance", "vi"),
            ("variable.other.readwrite.class", "vc"),
            ("variable.other.readwrite.global", "vg"),
            ("variable.other.constant", "no"),
            ("variable", "nv"),
            ("support.variable", "nv"),
            ("entity.name.function", "nf"),
            ("support.function", "nb"),
            ("entity.name.tag.yaml", "na"),
            ("entity.name.tag", "nt"),
            ("entity.other.attribute-name", "na"),
            ("support.type.property-name", "na"),
            ("meta.object-literal.key", "na"),
            ("entity.name.type.class", "nc"),
            ("entity.name.class", "nc"),
            ("entity.other.inherited-class", "nc"),
            ("entity.name.namespace", "nn"),
            ("entity.name.type.namespace", "nn"),
            ("entity.name.type.module", "nn"),
            ("entity.name.type", "nc"),
            ("entity.name.label", "nl"),
            ("entity.name.decorator", "nd"),
            ("meta.decorator", "nd"),
            ("entity.name.section", "gh"),
            ("support.type", "kt"),
            ("support.class", "nc"),
            ("support.constant", "no"),
            ("markup.heading", "gh"),
            ("markup.inserted", "gi"),
            ("markup.deleted", "gd"),
            ("markup.changed", "gu"),
            ("markup.bold", "gs"),
            ("markup.italic", "ge"),
            ("markup.raw", "n"),
            ("meta.diff.range", "gu"),
            ("meta.diff.header", "gh"),
            ("invalid", "err"),
            ("punctuation.section.embedded", "si"),
            ("punctuation", "p"),
        ],
        "p",
        NumberClassFromText: true);

    // A more specific prefix comes before the prefix it extends (keyword.operator before keyword): the first match wins.
    private readonly ImmutableArray<(string Prefix, string Class)> _rules;
    private readonly string _delimiterClass;
    private readonly bool _numberClassFromText;

    /// <param name="NumberClassFromText">A number's class follows its text (<c>mi</c> 42, <c>mf</c> 1.5, <c>mh</c> 0xFF), as
    /// Rouge's lexers give it: grammars mostly scope every number alike.</param>
    private TokenClassTable(ImmutableArray<(string Prefix, string Class)> rules, string delimiterClass, bool NumberClassFromText = false)
    {
        _rules = rules;
        _delimiterClass = delimiterClass;
        _numberClassFromText = NumberClassFromText;
        All = [.. rules.Select(r => r.Class).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Every class the table gives, sorted.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>The class of a run of tokens of <paramref name="tokenClass"/> once its whole text is known.</summary>
    public string Refine(string tokenClass, ReadOnlySpan<char> text) =>
        _numberClassFromText && tokenClass is ['m', ..] ? NumberClass(text) : tokenClass;

    private static string NumberClass(ReadOnlySpan<char> text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? "mh"
        : text.StartsWith("0b", StringComparison.OrdinalIgnoreCase) ? "mb"
        : text.ContainsAny('.', 'e', 'E') ? "mf"
        : text.ContainsAnyExceptInRange('0', '9') ? "m"
        : "mi";

    /// <param name="scopes">Outermost first, as TextMate gives them.</param>
    /// <returns>The class, or null for text shown plain.</returns>
    public string? Of(IReadOnlyList<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var delimiter = false;
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].StartsWith("punctuation.definition.", StringComparison.Ordinal))
            {
                delimiter = true;
            }
            else if (OfScope(scopes[i]) is { } found)
            {
                return found;
            }
        }
        return delimiter ? _delimiterClass : null;
    }

    private string? OfScope(string scope)
    {
        foreach (var (prefix, tokenClass) in _rules)
        {
            if (scope.StartsWith(prefix, StringComparison.Ordinal)
                && (scope.Length == prefix.Length || scope[prefix.Length] == '.'))
            {
                return tokenClass;
            }
        }
        return null;
    }
}
