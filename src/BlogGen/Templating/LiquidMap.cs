using System.Collections;

using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>
/// A map as Liquid has it: read by key (<c>site.callouts.note</c>), and looped over as pairs in the order given, as
/// Jekyll's Liquid loops over a hash: <c>{% for c in site.callouts %}{{ c[0] }}: {{ c[1].color }}{% endfor %}</c>. A
/// pair also has <c>key</c> and <c>value</c>, as Scriban's own loops over objects give. <c>map.size</c> is the number of
/// entries, unless the map has a key <c>size</c>.
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
        return base.TryGetValue(context, span, member, out value!);
    }

    IEnumerator IEnumerable.GetEnumerator()
    {
        foreach (var (name, value) in this)
        {
            var pair = new ScriptArray { name, value };
            pair.SetValue("key", name, true);
            pair.SetValue("value", value, true);
            yield return ScriptValues.ReadOnly(pair);
        }
    }
}
