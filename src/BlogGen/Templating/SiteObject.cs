using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>The <c>site</c> object. Each member a template reads is recorded (see <see cref="RenderDependencies"/>).</summary>
internal sealed class SiteObject() : ScriptObject(capacity: 64, autoImportStaticsFromThisType: false)
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        RenderDependencies.Of(context)?.Read(member);
        return base.TryGetValue(context, span, member, out value!);
    }
}
