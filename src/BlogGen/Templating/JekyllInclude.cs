using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// Jekyll's <c>{% include name key=value %}</c>, called as <c>jekyll_include 'name' 'key' value ...</c> (see
/// <see cref="JekyllTags"/>): renders the parsed include with <c>include.key</c> set, sharing the caller's variables as
/// Liquid does. With <paramref name="relative"/>, Jekyll's <c>{% include_relative %}</c>: the file is the one named
/// beside the page being rendered (see <see cref="RenderScope.PagePath"/>), not in <c>_includes/</c>.
/// </summary>
internal sealed class JekyllInclude(TemplateLibrary library, bool relative) : IScriptCustomFunction
{
    // Scriban's variable objects cache their hash code as they go, so each include function has its own.
    private readonly ScriptVariableGlobal _includeVariable = new("include");

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "parameters");

    public int GetParameterIndexByName(string name) => name == "name" ? 0 : -1;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(callerContext);
        var name = context.ObjectToString(arguments[0]) ?? "";
        var include = relative ? library.RelativeInclude(name, RenderScope.Of(context).PagePath, callerContext.Span) : library.Include(name, callerContext.Span);
        var parameters = new ScriptObject();
        for (var i = 1; i + 1 < arguments.Count; i += 2)
        {
            parameters[context.ObjectToString(arguments[i]) ?? ""] = arguments[i + 1];
        }
        return Render(context, callerContext, include.Template, parameters);
    }

    /// <summary>Renders <paramref name="template"/> where it is called, with <c>include</c> set to <paramref name="parameters"/> meanwhile.</summary>
    internal string Render(TemplateContext context, ScriptNode callerContext, Template template, ScriptObject parameters)
    {
        var scope = context.CurrentGlobal!;
        var hadPrevious = scope.TryGetValue(context, callerContext.Span, _includeVariable.Name, out var previous);
        context.EnterRecursive(callerContext);
        context.PushOutput();
        try
        {
            context.SetValue(_includeVariable, parameters);
            return BlogTemplateContext.Render(context, template);
        }
        finally
        {
            context.PopOutput();
            context.ExitRecursive(callerContext);
            if (hadPrevious)
            {
                context.SetValue(_includeVariable, previous);
            }
            else
            {
                scope.Remove(_includeVariable.Name);
            }
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
