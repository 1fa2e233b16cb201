using System.Globalization;

using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>Prints dates as Jekyll does (<c>2025-02-13 07:55:52 +0800</c>) instead of in .NET's default form.</summary>
/// <remarks>
/// Every context shares one set of Scriban's builtin functions: building them costs more than most renders,
/// and templates cannot change them (assignments go to the page's own scope, pushed last).
/// </remarks>
internal sealed class BlogTemplateContext(RenderScope scope) : TemplateContext(SharedBuiltins), IRenderScoped
{
    public RenderScope Scope { get; } = scope;

    private static readonly ScriptObject SharedBuiltins = ReadOnlyBuiltins();

    private static ScriptObject ReadOnlyBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        MakeReadOnly(builtins);
        return builtins;
    }

    /// <summary>The builtins and the objects inside them (<c>string</c>, <c>array</c>...): no template may assign into them.</summary>
    private static void MakeReadOnly(ScriptObject value)
    {
        value.IsReadOnly = true;
        foreach (var inner in value.Values.OfType<ScriptObject>())
        {
            MakeReadOnly(inner);
        }
    }

    public override string ObjectToString(object? value, bool nested = false) =>
        value is DateTimeOffset date ? JekyllDate(date) : base.ObjectToString(value, nested) ?? "";

    public static string JekyllDate(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + Strftime.Offset(date.Offset, colon: false);
}

/// <inheritdoc cref="BlogTemplateContext"/>
internal sealed class BlogLiquidTemplateContext(RenderScope scope) : LiquidTemplateContext, IRenderScoped
{
    public RenderScope Scope { get; } = scope;

    public override string ObjectToString(object? value, bool nested = false) =>
        value is DateTimeOffset date ? BlogTemplateContext.JekyllDate(date) : base.ObjectToString(value, nested) ?? "";
}
