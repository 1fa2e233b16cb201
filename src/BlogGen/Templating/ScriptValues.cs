using System.Collections.ObjectModel;

using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>
/// Turns parsed YAML values (maps, lists, scalars) into values templates can walk but not change: page and site objects
/// are shared by every render on every thread. Maps become read-only Scriban objects; lists become read-only collections,
/// because Scriban 7 lets a template assign <c>list[0] = x</c> even on a read-only <see cref="ScriptArray"/>.
/// </summary>
internal static class ScriptValues
{
    public static object? From(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => ReadOnly(FromMap(map)),
        string s => s,
        IEnumerable<object?> list => List(list.Select(From)),
        _ => value,
    };

    /// <summary>
    /// A new object its caller may still complete (then make <see cref="ReadOnly{T}"/>); the values inside are read-only.
    /// A loop over it gives its entries as pairs, as Liquid's over a hash (see <see cref="LiquidMap"/>).
    /// </summary>
    public static ScriptObject FromMap(IReadOnlyDictionary<string, object?> map) => Fill(new LiquidMap(map.Count), map);

    /// <summary>Adds the entries of <paramref name="map"/> to <paramref name="target"/>, values made read-only, and returns it.</summary>
    public static T Fill<T>(T target, IReadOnlyDictionary<string, object?> map) where T : ScriptObject
    {
        foreach (var (key, item) in map)
        {
            target[key] = From(item);
        }
        return target;
    }

    /// <summary>A read-only list of <paramref name="items"/> for templates (<c>size</c>, <c>first</c>, loops and filters all work).</summary>
    public static ReadOnlyCollection<object?> List(IEnumerable<object?> items) => new([.. items]);

    /// <summary>Makes <paramref name="value"/> read-only for templates and returns it.</summary>
    public static T ReadOnly<T>(T value) where T : IScriptObject
    {
        value.IsReadOnly = true;
        return value;
    }
}
