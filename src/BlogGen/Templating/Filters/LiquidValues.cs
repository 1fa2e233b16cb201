using System.Collections;
using System.Globalization;

using Scriban;
using Scriban.Runtime;

namespace BlogGen.Templating.Filters;

/// <summary>How Liquid's and Jekyll's filters see the values templates hand them: text, lists, maps and their members.</summary>
internal static class LiquidValues
{
    /// <summary>What Ruby's <c>split</c> and <c>\s</c> take as whitespace: ASCII only, so CJK's ideographic space is text.</summary>
    public const string Whitespace = " \t\n\v\f\r";

    /// <summary>A value as text, as the calling template prints it (Ruby's <c>to_s</c> in Liquid): nothing is empty text.</summary>
    public static string Text(TemplateContext context, object? value) => value switch
    {
        null => "",
        string s => s,
        _ => context.ObjectToString(value) ?? "",
    };

    /// <summary>A map: a Scriban object (a page, <c>site</c>, data) or a dictionary; not a Scriban list, which is a Scriban object too.</summary>
    public static bool IsMap(object? value) => value is IDictionary or (IScriptObject and not IList);

    /// <summary>A list: any sequence that is neither text nor a map.</summary>
    public static bool IsList(object? value) => value is IEnumerable and not string && !IsMap(value);

    /// <summary>
    /// The items Jekyll's filters go through: a list's items, a map's values (Jekyll's <c>input.values if input.is_a?(Hash)</c>);
    /// null for anything else, which those filters give back unchanged.
    /// </summary>
    public static List<object?>? Items(TemplateContext context, object? value) => value switch
    {
        IScriptObject map when IsMap(map) => [.. map.GetMembers().Select(name => Member(context, map, name))],
        IDictionary map => [.. map.Values.Cast<object?>()],
        _ when IsList(value) => [.. ((IEnumerable)value!).Cast<object?>()],
        _ => null,
    };

    /// <summary>Liquid's <c>InputIterator</c>: a list flattened, a map as a list of itself, nothing as no items, anything else alone.</summary>
    public static List<object?> Flattened(object? value)
    {
        var items = new List<object?>();
        Add(value, top: true);
        return items;

        void Add(object? item, bool top)
        {
            if (IsList(item))
            {
                foreach (var inner in (IEnumerable)item!)
                {
                    Add(inner, top: false);
                }
            }
            else if (item is not null || !top)
            {
                items.Add(item);
            }
        }
    }

    /// <summary>
    /// One member of a map, read as a template reads it (so reading a page's member is recorded for incremental builds);
    /// null when the value is no map or has no such member.
    /// </summary>
    public static object? Member(TemplateContext context, object? target, string name)
    {
        if (target is null || !IsMap(target))
        {
            return null;
        }
        var accessor = context.GetMemberAccessor(target);
        return accessor.TryGetValue(context, context.CurrentSpan, target, name, out var value) ? value : null;
    }

    /// <summary>A new list a template may change, holding <paramref name="items"/>.</summary>
    public static ScriptArray List(IEnumerable<object?> items)
    {
        var list = new ScriptArray();
        foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }

    /// <summary>
    /// Liquid's <c>contains</c>: text holds the other value's text, a list holds an equal item, a map has the key; nothing
    /// contains nothing and is in nothing.
    /// </summary>
    public static bool Contains(TemplateContext context, object? container, object? item)
    {
        if (container is null || item is null)
        {
            return false;
        }
        return container switch
        {
            string text => text.Contains(Text(context, item), StringComparison.Ordinal),
            IScriptObject map when IsMap(map) => map.Contains(Text(context, item)),
            IDictionary map => map.Contains(Text(context, item)),
            _ when IsList(container) => ((IEnumerable)container).Cast<object?>().Any(element => AreEqual(element, item)),
            _ => false,
        };
    }

    /// <summary>Ruby's <c>==</c>: numbers by value (1 is 1.0), anything else by <see cref="object.Equals(object?, object?)"/>.</summary>
    public static bool AreEqual(object? a, object? b) =>
        IsNumber(a) && IsNumber(b)
            ? Convert.ToDouble(a, CultureInfo.InvariantCulture) == Convert.ToDouble(b, CultureInfo.InvariantCulture)
            : Equals(a, b);

    public static bool IsNumber(object? value) => value is long or int or short or byte or double or float or decimal;

    /// <summary>Liquid's truthiness: only nothing and false are false.</summary>
    public static bool IsTruthy(object? value) => value is not (null or false);

    /// <summary>Whether the value is empty as Ruby's <c>empty?</c> says: empty text, a list or map without items.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        string s => s.Length == 0,
        IScriptObject map => map.Count == 0,
        ICollection collection => collection.Count == 0,
        IEnumerable sequence => !sequence.GetEnumerator().MoveNext(),
        _ => false,
    };

    /// <summary>The same value to Ruby's <c>uniq</c>: text by its characters, numbers by their value, anything else itself.</summary>
    public static readonly IEqualityComparer<object?> Same = new SameValue();

    private sealed class SameValue : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => object.Equals(Key(x), Key(y));

        public int GetHashCode(object? value) => Key(value)?.GetHashCode() ?? 0;

        private static object? Key(object? value) => value switch
        {
            int or long or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            float f => (double)f,
            _ => value,
        };
    }
}
