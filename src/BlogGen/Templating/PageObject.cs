using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BlogGen.Templating;

// Scriban imports the static members of a derived type by reflection on every construction unless told not to: a
// thousand pages a build made that cost more than filling them.
/// <summary>A document's <c>page</c> object. A template reading any of its members is recorded (see <see cref="RenderDependencies"/>).</summary>
/// <param name="identity">The document's source path: names it across builds.</param>
public sealed class PageObject(string identity) : ScriptObject(capacity: 32, autoImportStaticsFromThisType: false)
{
    public string Identity { get; } = identity;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        RenderDependencies.Current?.Read(this, member);
        return base.TryGetValue(context, span, member, out value!);
    }
}
