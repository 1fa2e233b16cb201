using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// A function templates can call, registered without reflection so that the tool can be compiled ahead of time (Native
/// AOT). Scriban does the calling work from the parameters: it counts the arguments, converts each to its parameter's
/// type (text for <see cref="string"/>, as it is for <see cref="object"/>) and fills in the default of each one left out,
/// so the body gets one argument per parameter, in order, the piped value first.
/// </summary>
internal sealed class TemplateFunction(ScriptParameterInfo[] parameters, Func<TemplateContext, ScriptArray, object?> body) : IScriptCustomFunction
{
    /// <summary>A filter of the piped value alone.</summary>
    public static TemplateFunction Filter(Func<object?, object?> apply) => new([Value("input")], (_, arguments) => apply(arguments[0]));

    /// <summary>A filter of the piped value alone that reads the render's context (to record what the render depends on).</summary>
    public static TemplateFunction Filter(Func<TemplateContext, object?, object?> apply) =>
        new([Value("input")], (context, arguments) => apply(context, arguments[0]));

    /// <summary>An argument taken as it is, whatever its type.</summary>
    public static ScriptParameterInfo Value(string name) => new(typeof(object), name);

    /// <summary>An argument taken as it is; <paramref name="defaultValue"/> when the call leaves it out.</summary>
    public static ScriptParameterInfo OptionalValue(string name, object? defaultValue = null) => new(typeof(object), name, defaultValue);

    /// <summary>An argument read as text, which every call must give.</summary>
    public static ScriptParameterInfo RequiredText(string name) => new(typeof(string), name);

    /// <summary>An argument read as text; null when the call leaves it out.</summary>
    public static ScriptParameterInfo OptionalText(string name) => new(typeof(string), name, defaultValue: null);

    public int RequiredParameterCount { get; } = parameters.Count(parameter => !parameter.HasDefaultValue);

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    /// <summary>
    /// Scriban asks for the parameter after the last one when a call passes too many arguments; a stand-in lets it go on
    /// to its own check, which tells the writer how many arguments the filter takes.
    /// </summary>
    public ScriptParameterInfo GetParameterInfo(int index) => index < parameters.Length ? parameters[index] : Value("unexpected");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(context, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
