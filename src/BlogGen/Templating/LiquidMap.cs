using System.Collections;

using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>
/// A map as Liquid has it: read by key (<c>site.callouts.note</c>), and looped over as pairs in the order given, as
/// Jekyll's Liquid loops over a hash: <c>{% for c in site.callouts %}{{ c[0] }}: {{ c[1].color }}{% endfor %}</c>. A
/// pair also has <c>key</c> and <c>value</c>, as Scriban's own loops over objects give. <c>map.size</c> is the number of
/// entries and <c>map.first</c> the first pair (nil for an empty map), as Ruby's hash answers them, unless the map has a
/// key of that name: themes ask <c>site.categories.first[0]</c> whether there are categories (mediumish).
/// </summary>
internal sealed class LiquidMap(int capacity = 0) : ScriptObject(capacity, autoImportStaticsFromThisType: false), IEnumerable
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        if (member == "size" && !ContainsKey(member))
        {
            value = Count;
            return true;
        }
        if (member == "first" && !ContainsKey(member))
        {
            value = this.Select(entry => Pair(entry.Key, entry.Value)).FirstOrDefault()!;
            return true;
        }
        return base.TryGetValue(context, span, member, out value!);
    }

    IEnumerator IEnumerable.GetEnumerator()
    {
        foreach (var (name, value) in this)
        {
            yield return Pair(name, value);
        }
    }

    private static ScriptArray Pair(string name, object? value)
    {
        var pair = new ScriptArray { name, value };
        pair.SetValue("key", name, true);
        pair.SetValue("value", value, true);
        return ScriptValues.ReadOnly(pair);
    }
}
