using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating.Filters;

/// <summary>
/// The Liquid expression a filter such as <c>where_exp</c> takes as text (<c>"item.year &gt;= 2020 and item.draft != true"</c>),
/// parsed once per call and evaluated for each item with the item under the filter's variable name, in the render's own
/// context: the same operators, truthiness and filters as an <c>{% if %}</c> or <c>{{ }}</c> of the template.
/// </summary>
internal sealed class JekyllExpression
{
    private readonly Template _template;
    private readonly string _filter;
    private readonly string _text;

    private JekyllExpression(string filter, string text, Template template) => (_filter, _text, _template) = (filter, text, template);

    /// <summary>A condition, true or false as <c>{% if text %}</c> would be.</summary>
    public static JekyllExpression Condition(string filter, string text) => Parse(filter, text, $"{{% if {text} %}}true{{% endif %}}");

    /// <summary>A value printed as text, as <c>{{ text }}</c> would print it (filters allowed).</summary>
    public static JekyllExpression Value(string filter, string text) => Parse(filter, text, $"{{{{ {text} }}}}");

    private static JekyllExpression Parse(string filter, string text, string liquid)
    {
        var template = TemplateParser.ParseLiquid(liquid, null, out _);
        return template.HasErrors
            ? throw new ArgumentException($"{filter}: '{text}' is not a Liquid expression ({template.Messages.First(m => m.Type == ParserMessageType.Error).Message.TrimEnd('.')})")
            : new JekyllExpression(filter, text, template);
    }

    public bool Holds(TemplateContext context, string variable, object? item) => Print(context, variable, item) == "true";

    public string Print(TemplateContext context, string variable, object? item)
    {
        context.PushGlobal(new ScriptObject { [variable] = item });
        context.PushOutput();
        try
        {
            return BlogTemplateContext.Render(context, _template);
        }
        catch (ScriptRuntimeException e)
        {
            // Reported at the filter's call, with the expression named: the parsed text is not in any file.
            throw new ArgumentException($"{_filter}: '{_text}' failed: {RenderErrorMessage.Of(e).TrimEnd('.')}", e);
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }
}
