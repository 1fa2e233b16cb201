using System.Globalization;

using BlogGen.Templating.Filters;

using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>
/// The context of one render, whatever the syntax of its templates. Every template finds the same functions: Scriban's
/// builtins and Liquid's filters under their Liquid names (<c>escape</c>, <c>size</c>...), so a Liquid include finds
/// <c>escape</c> when a Scriban layout includes it, on a generated page as on a post. What differs by syntax (Liquid's
/// <c>forloop.index</c> counts from 1, <c>break</c> outside a loop ends the template) follows the template being rendered
/// (see <see cref="Render"/>), never the template that called it.
/// </summary>
/// <remarks>
/// Multi-line output is written as it is: Scriban would indent every line of <c>{{ content }}</c> after the first as far
/// as the layout line holding it, which changes the text of every <c>&lt;pre&gt;</c> block (Python, YAML).
/// Dates print as Jekyll prints them (<c>2025-02-13 07:55:52 +0800</c>). Every context shares one set of builtins:
/// building them costs more than most renders, and templates cannot change them (assignments go to the page's own
/// scope, pushed last).
/// </remarks>
internal sealed class BlogTemplateContext : TemplateContext, IRenderScoped
{
    private static readonly ScriptObject SharedBuiltins = ReadOnlyBuiltins();

    public BlogTemplateContext(RenderScope scope) : base(SharedBuiltins)
    {
        Scope = scope;
        AutoIndent = false;
    }

    public RenderScope Scope { get; }

    /// <summary>The names of the shared builtins (<c>string</c>, <c>upcase</c>...), for telling a filter nobody defines.</summary>
    public static IEnumerable<string> BuiltinNames => SharedBuiltins.Keys;

    /// <summary>
    /// Makes the shared builtins on another thread, for a build about to read its sources: Scriban looks up each builtin's
    /// method by reflection, which in the native executable took a twentieth of a ten-post build, alone on one core while
    /// the first page waited. Made once per process; a render that needs them first waits for them as before, and so does
    /// the first Liquid layout or include parsed (its filters are checked against their names, see UnknownLiquidFilters).
    /// </summary>
    public static void PrepareInBackground() => _ = Task.Run(() => SharedBuiltins);

    /// <summary>Renders <paramref name="template"/> with the rules of its own syntax; the caller's rules come back after.</summary>
    public static string Render(TemplateContext context, Template template) => InSyntaxOf(context, template, () => template.Render(context));

    /// <summary>Runs <paramref name="render"/> (which renders <paramref name="template"/>) with the rules of the template's syntax.</summary>
    public static T InSyntaxOf<T>(TemplateContext context, Template template, Func<T> render)
    {
        var blog = (BlogTemplateContext)context;
        var wasLiquid = blog.IsLiquid;
        blog.UseLiquidRules(template.LexerOptions.Lang == ScriptLang.Liquid);
        try
        {
            return render();
        }
        finally
        {
            blog.UseLiquidRules(wasLiquid);
        }
    }

    private void UseLiquidRules(bool liquid)
    {
        IsLiquid = liquid;
        Language = liquid ? ScriptLang.Liquid : ScriptLang.Default;
        EnableBreakAndContinueAsReturnOutsideLoop = liquid;
    }

    /// <summary>
    /// A value as text: a date as Jekyll prints it; under Liquid's rules, a list as its items one after another and a
    /// float as Ruby writes it (<c>2.0</c>), as Liquid prints them.
    /// </summary>
    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        DateTimeOffset date => JekyllDate(date),
        double or float when IsLiquid => LiquidNumbers.RubyText(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ when IsLiquid && LiquidValues.IsList(value) => string.Concat(LiquidValues.Flattened(value).Select(item => ObjectToString(item, nested))),
        _ => base.ObjectToString(value, nested) ?? "",
    };

    /// <summary>Lists answer Liquid's <c>first</c> and <c>last</c> members too (see <see cref="LiquidListAccessor"/>).</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return target is System.Collections.IList && accessor is not null ? new LiquidListAccessor(accessor) : accessor;
    }

    public static string JekyllDate(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + Strftime.Offset(date.Offset, colon: false);

    /// <summary>Scriban's builtins with Liquid's names added, and the objects inside them (<c>string</c>, <c>array</c>...) read-only.</summary>
    private static ScriptObject ReadOnlyBuiltins()
    {
        var builtins = new LiquidBuiltinsFunctions();
        MakeReadOnly(builtins);
        return builtins;
    }

    private static void MakeReadOnly(ScriptObject value)
    {
        value.IsReadOnly = true;
        foreach (var inner in value.Values.OfType<ScriptObject>())
        {
            MakeReadOnly(inner);
        }
    }
}
