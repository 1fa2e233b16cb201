using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// Gives a parsed Liquid template Liquid's conditions where Scriban's differ. <c>a and b or c</c> is read right to left
/// as Liquid reads it (<c>a and (b or c)</c>), not with <c>and</c> binding harder; <c>contains</c> asks a list for an item
/// and a map for a key, as Liquid does, instead of searching the list printed as text; a range <c>(a..b)</c> counts up
/// only (see <see cref="Range"/>). A <c>capture</c> holds text, as
/// Liquid's does (see <see cref="LiquidCapture"/>).
/// </summary>
internal sealed class LiquidConditions : ScriptRewriter
{
    /// <summary>The function <c>contains</c> becomes (see <see cref="Filters.LiquidValues.Contains"/>).</summary>
    public const string ContainsFunctionName = "liquid_contains";

    /// <summary>The function a range <c>(a..b)</c> becomes (see <see cref="Range"/>).</summary>
    public const string RangeFunctionName = "liquid_range";

    /// <summary>
    /// Liquid's <c>(a..b)</c>, as Ruby's range: the whole numbers from <c>a</c> up to <c>b</c>, none when <c>b</c> is
    /// less. Scriban's counts down instead, so a theme's <c>{% for i in (1..indent) %}</c> with <c>indent</c> 0 ran
    /// twice (mediumish's table of contents came out as indented code).
    /// </summary>
    public static ScriptArray Range(object? from, object? to)
    {
        var (first, last) = (Whole(from), Whole(to));
        var range = new ScriptArray();
        for (var i = first; i <= last; i++)
        {
            range.Add(i);
        }
        return range;

        static long Whole(object? value) => Filters.LiquidNumbers.From(value) is decimal d ? (long)d : (long)Filters.LiquidNumbers.From(value);
    }

    public static void Apply(Template template)
    {
        if (template.Page?.Body is { } body)
        {
            template.Page.Body = (ScriptBlockStatement)new LiquidConditions().Visit(body)!;
        }
    }

    public override ScriptNode Visit(ScriptCaptureStatement node) => new LiquidCapture
    {
        CaptureKeyword = (ScriptKeyword)Visit(node.CaptureKeyword)!,
        Target = (ScriptExpression?)Visit(node.Target),
        Body = (ScriptBlockStatement?)Visit(node.Body),
        Span = node.Span,
    };

    public override ScriptNode Visit(ScriptBinaryExpression node)
    {
        if (node.Operator == ScriptBinaryOperator.LiquidContains)
        {
            var call = new ScriptFunctionCall { Target = new ScriptVariableGlobal(ContainsFunctionName) { Span = node.Span }, Span = node.Span };
            call.Arguments.Add((ScriptExpression)Visit(node.Left)!);
            call.Arguments.Add((ScriptExpression)Visit(node.Right)!);
            return call;
        }
        if (node.Operator == ScriptBinaryOperator.RangeInclude)
        {
            var range = new ScriptFunctionCall { Target = new ScriptVariableGlobal(RangeFunctionName) { Span = node.Span }, Span = node.Span };
            range.Arguments.Add((ScriptExpression)Visit(node.Left)!);
            range.Arguments.Add((ScriptExpression)Visit(node.Right)!);
            return range;
        }
        if (node.Operator is not (ScriptBinaryOperator.And or ScriptBinaryOperator.Or))
        {
            return base.Visit(node);
        }
        var operands = new List<ScriptExpression>();
        var joins = new List<ScriptBinaryExpression>();
        Flatten(node, operands, joins);
        var result = (ScriptExpression)Visit(operands[^1])!;
        for (var i = joins.Count - 1; i >= 0; i--)
        {
            var left = (ScriptExpression)Visit(operands[i])!;
            result = new ScriptBinaryExpression
            {
                Left = left,
                Operator = joins[i].Operator,
                OperatorToken = joins[i].OperatorToken is { } token ? (ScriptToken)Visit(token)! : null,
                Right = result,
                Span = new Scriban.Parsing.SourceSpan(left.Span.FileName, left.Span.Start, result.Span.End),
            };
        }
        return result;
    }

    /// <summary>The operands of a chain of <c>and</c> and <c>or</c> in the order written, and the joins between them.</summary>
    private static void Flatten(ScriptExpression expression, List<ScriptExpression> operands, List<ScriptBinaryExpression> joins)
    {
        if (expression is ScriptBinaryExpression { Operator: ScriptBinaryOperator.And or ScriptBinaryOperator.Or } join)
        {
            Flatten(join.Left!, operands, joins);
            joins.Add(join);
            Flatten(join.Right!, operands, joins);
        }
        else
        {
            operands.Add(expression);
        }
    }
}
