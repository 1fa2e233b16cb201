using Scriban;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// Liquid's <c>{% capture x %}</c>, which holds text. Scriban's holds its output object instead: it prints the same, but
/// has no <c>size</c>, is not equal to the same text, and is no text for <c>jsonify</c>, so a theme that measures or
/// compares what it captured (the compress layout, nav includes) goes wrong. See <see cref="LiquidConditions"/>.
/// </summary>
internal sealed class LiquidCapture : ScriptCaptureStatement
{
    public override object? Evaluate(TemplateContext context)
    {
        context.PushOutput();
        try
        {
            context.Evaluate(Body!);
        }
        finally
        {
            context.SetValue(Target!, context.PopOutput().ToString());
        }
        return null;
    }
}
