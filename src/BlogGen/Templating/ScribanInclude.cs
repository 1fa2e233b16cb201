using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// Scriban's <c>{{ include 'name' arg... }}</c> as Scriban does it (the arguments as <c>$0</c>, <c>$1</c>..., a scope of its
/// own), with the shared parsed includes, rendering each with the rules of its own syntax: a Liquid include keeps Liquid's
/// <c>forloop.index</c> when a Scriban layout includes it.
/// </summary>
internal sealed class ScribanInclude(TemplateLibrary library) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public int GetParameterIndexByName(string name) => name == "template_name" ? 0 : -1;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(callerContext);
        var template = library.Include(context.ObjectToString(arguments[0]) ?? "", callerContext.Span).Template;
        return BlogTemplateContext.InSyntaxOf(context, template, () => context.RenderTemplate(template, arguments, callerContext));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
