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
    // The members the build adds after reading the document (content, excerpt, enrichers' fields), hidden while bodies
    // render on this thread: Liquid in a body sees every page as it was read, whichever build made the object.
    [ThreadStatic]
    private static IReadOnlySet<string>? t_hidden;

    public string Identity { get; } = identity;

    /// <summary>The front matter the object was filled from: what a hidden member shows while bodies render.</summary>
    internal IReadOnlyDictionary<string, object?> FrontMatter { get; set; } = new Dictionary<string, object?>();

    /// <summary>
    /// Until the returned scope is disposed, templates on this thread see <paramref name="lateMembers"/> of every page
    /// as the front matter gave them (<c>content</c> and <c>excerpt</c> as empty), not as the build completed them.
    /// </summary>
    public static HidingScope HideWhileBodiesRender(IReadOnlySet<string> lateMembers)
    {
        var previous = t_hidden;
        t_hidden = lateMembers;
        return new HidingScope(previous);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        RenderDependencies.Current?.Read(this, member);
        if (t_hidden is { } hidden && hidden.Contains(member))
        {
            return TryGetAsRead(member, out value!);
        }
        return base.TryGetValue(context, span, member, out value!);
    }

    /// <summary>The members as templates on this thread see them (see <see cref="HideWhileBodiesRender"/>).</summary>
    internal IEnumerable<KeyValuePair<string, object?>> Visible()
    {
        var hidden = t_hidden;
        foreach (var (key, value) in this)
        {
            if (hidden is null || !hidden.Contains(key))
            {
                yield return KeyValuePair.Create(key, (object?)value);
            }
            else if (TryGetAsRead(key, out var asRead))
            {
                yield return KeyValuePair.Create(key, asRead);
            }
        }
    }

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

    public readonly struct HidingScope(IReadOnlySet<string>? previous) : IDisposable
    {
        public void Dispose() => t_hidden = previous;
    }
}
