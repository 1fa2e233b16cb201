using System.Collections.Frozen;

using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// Makes each filter that nobody defines in a parsed Liquid layout or include (a Jekyll plugin's filter, or a
/// theme's slip such as <c>| url_escape</c>) give back the value it was given: Jekyll's Liquid passes a value through an
/// unknown filter unchanged, and a theme that has one builds its pages. BlogGen does the same and says so where the
/// template is read (warning BG3011), never silently. In a post's Liquid an unknown filter still shows the text as written.
/// </summary>
internal sealed class UnknownLiquidFilters : ScriptVisitor
{
    /// <summary>Every filter a render finds: Scriban's builtins with Liquid's names, and the site's (Liquid's and Jekyll's).</summary>
    private static readonly FrozenSet<string> Known = BlogTemplateContext.BuiltinNames.Concat(SiteFunctions.Names()).ToFrozenSet(StringComparer.Ordinal);

    private readonly List<(string Name, SourceSpan Span)> _found = [];

    /// <summary>Makes each unknown filter of <paramref name="template"/> pass its value through; each one's name and where its name is written.</summary>
    public static IReadOnlyList<(string Name, SourceSpan Span)> PassThroughUnknown(Template template)
    {
        var visitor = new UnknownLiquidFilters();
        if (template.Page?.Body is { } body)
        {
            visitor.Visit(body);
        }
        return visitor._found;
    }

    /// <summary>What an unknown filter is renamed to: a function that gives back the value piped into it, whatever the arguments (see <see cref="SiteFunctions"/>).</summary>
    public const string PassThroughName = "bloggen_unknown_filter";

    /// <remarks>
    /// Scriban nests a chain to the right: <c>x | a | b</c> is <c>x</c> piped into (<c>a</c> piped into <c>b</c>), so the
    /// filter a pipe applies is its target, or the start of its target's chain; the filters after it are the inner pipes'.
    /// The parsed tree is changed in place (a copy would lose the nodes <see cref="LiquidConditions"/> put in it).
    /// </remarks>
    public override void Visit(ScriptPipeCall node)
    {
        var rest = node.To as ScriptPipeCall;
        var filter = rest is null ? node.To : rest.From;
        var name = filter switch
        {
            ScriptVariableGlobal variable => variable,
            ScriptFunctionCall { Target: ScriptVariableGlobal variable } => variable,
            _ => null,
        };
        if (name is not null && !Known.Contains(name.Name))
        {
            PassThrough(node, rest, filter!, name);
        }
        base.Visit(node);
    }

    private void PassThrough(ScriptPipeCall node, ScriptPipeCall? rest, ScriptExpression filter, ScriptVariableGlobal name)
    {
        _found.Add((name.Name, name.Span));
        var passThrough = new ScriptVariableGlobal(PassThroughName) { Span = name.Span };
        if (filter is ScriptFunctionCall call)
        {
            call.Target = passThrough;
        }
        else if (rest is null)
        {
            node.To = passThrough;
        }
        else
        {
            rest.From = passThrough;
        }
    }
}
