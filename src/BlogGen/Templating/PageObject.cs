using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BlogGen.Templating;

// Scriban imports the static members of a derived type by reflection on every construction unless told not to: a
// thousand pages a build made that cost more than filling them.
/// <summary>A document's <c>page</c> object. A template reading any of its members is recorded (see <see cref="RenderDependencies"/>).</summary>
/// <param name="identity">The document's source path: names it across builds.</param>
internal sealed class PageObject(string identity) : ScriptObject(capacity: 32, autoImportStaticsFromThisType: false)
{
    public string Identity { get; } = identity;

    /// <summary>The front matter the object was filled from: what a hidden member shows while bodies render.</summary>
    internal IReadOnlyDictionary<string, object?> FrontMatter { get; set; } = new Dictionary<string, object?>();

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        var scope = RenderScope.Of(context);
        scope.Reads?.Read(this, member);
        if (scope.HiddenMembers is { } hidden && hidden.Contains(member) && !IsShown(scope, member))
        {
            return TryGetAsRead(member, out value!);
        }
        return base.TryGetValue(context, span, member, out value!);
    }

    /// <summary>The members as a render with <paramref name="scope"/> sees them (see <see cref="RenderScope.HiddenMembers"/>).</summary>
    internal IEnumerable<KeyValuePair<string, object?>> Visible(RenderScope scope)
    {
        var hidden = scope.HiddenMembers;
        foreach (var (key, value) in this)
        {
            if (hidden is null || !hidden.Contains(key) || IsShown(scope, key))
            {
                yield return KeyValuePair.Create(key, (object?)value);
            }
            else if (TryGetAsRead(key, out var asRead))
            {
                yield return KeyValuePair.Create(key, asRead);
            }
        }
    }

    /// <summary>This build's body of the document is shown already (see <see cref="RenderScope.ShownBodies"/>).</summary>
    private bool IsShown(RenderScope scope, string member) => member is "content" or "excerpt" && scope.ShownBodies?.Contains(Identity) == true;

    private bool TryGetAsRead(string member, out object? value)
    {
        if (member is "content" or "excerpt")
        {
            value = "";
            return true;
        }
        var found = FrontMatter.TryGetValue(member, out var written);
        value = found ? ScriptValues.From(written) : null;
        return found;
    }
}
