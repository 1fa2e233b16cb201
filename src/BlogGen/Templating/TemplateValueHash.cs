using System.Runtime.CompilerServices;

using BlogGen.Hashing;

using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>A <see cref="ContentHash"/> that also hashes template objects: a page object by name, any other by its members.</summary>
/// <param name="nested">
/// Hashes of objects inside the values, by reference, filled as they are met: an object shared by many values
/// (a tag's post list on each of its pages) is walked once. Only for objects that do not change while it is in use.
/// </param>
internal sealed class TemplateValueHash(ConditionalWeakTable<ScriptObject, StrongBox<UInt128>>? nested = null) : ContentHash
{
    /// <summary>The members of a template object, in ordinal order; for a page object, its own data rather than its name.</summary>
    public TemplateValueHash AddMembers(ScriptObject members)
    {
        Tag('o').Add((long)members.Count);
        var keys = new string[members.Count];
        members.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            Add(key).AddValue(members[key]);
        }
        return this;
    }

    protected override ContentHash AddObject(object value) => value switch
    {
        // Another document's page: named, not walked. Whoever reads it depends on it by name (see PageRead).
        PageObject page => Tag('p').Add(page.Identity),
        ScriptObject members when nested is not null =>
            Tag('h').Add(nested.GetValue(members, inner => new StrongBox<UInt128>(new TemplateValueHash(nested).AddMembers(inner).Value)).Value),
        ScriptObject members => AddMembers(members),
        _ => base.AddObject(value),
    };
}
