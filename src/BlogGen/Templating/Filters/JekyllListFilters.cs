using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

using BlogGen.Hashing;

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

using static BlogGen.Templating.Filters.LiquidValues;

namespace BlogGen.Templating.Filters;

/// <summary>
/// Jekyll 4's filters of lists (lib/jekyll/filters.rb and filters/grouping_filters.rb): <c>where</c>, <c>find</c>,
/// <c>group_by</c>, <c>sort</c>, their <c>_exp</c> forms, <c>push</c>, <c>pop</c>, <c>shift</c>, <c>unshift</c> and
/// <c>sample</c>. A property may be a path (<c>author.name</c>); text that reads as a number compares as one.
/// </summary>
internal static partial class JekyllListFilters
{
    public static object? Where(TemplateContext context, object? input, string? property, object? value)
    {
        if (property is null || IsListOrMap(value) || Items(context, input) is not { } items)
        {
            return input;
        }
        return List(items.Where(item => Matches(context, Property(context, item, property), value)));
    }

    public static object? Find(TemplateContext context, object? input, string? property, object? value)
    {
        if (property is null || IsListOrMap(value) || Items(context, input) is not { } items)
        {
            return input;
        }
        return items.FirstOrDefault(item => Matches(context, Property(context, item, property), value));
    }

    public static object? WhereExp(TemplateContext context, object? input, string variable, string expression)
    {
        if (Items(context, input) is not { } items)
        {
            return input;
        }
        var condition = JekyllExpression.Condition("where_exp", expression);
        return List(items.Where(item => condition.Holds(context, variable, item)));
    }

    public static object? FindExp(TemplateContext context, object? input, string variable, string expression)
    {
        if (Items(context, input) is not { } items)
        {
            return input;
        }
        var condition = JekyllExpression.Condition("find_exp", expression);
        return items.FirstOrDefault(item => condition.Holds(context, variable, item));
    }

    public static object? GroupBy(TemplateContext context, object? input, string property) =>
        Items(context, input) is { } items ? Groups(items, item => Text(context, Property(context, item, property))) : input;

    public static object? GroupByExp(TemplateContext context, object? input, string variable, string expression)
    {
        if (Items(context, input) is not { } items)
        {
            return input;
        }
        var value = JekyllExpression.Value("group_by_exp", expression);
        return Groups(items, item => value.Print(context, variable, item));
    }

    /// <summary>Groups in the order their names first come, each <c>{name, items, size}</c>.</summary>
    private static ScriptArray Groups(List<object?> items, Func<object?, string> nameOf)
    {
        var groups = new ScriptArray();
        foreach (var group in items.GroupBy(nameOf, StringComparer.Ordinal))
        {
            var members = List(group);
            groups.Add(new ScriptObject { ["name"] = group.Key, ["items"] = members, ["size"] = members.Count });
        }
        return groups;
    }

    /// <summary>
    /// Jekyll's <c>sort</c>: without a property, the items themselves; with one, by its value, items without it first
    /// (<c>nils: "first"</c>) or last. Values that cannot be compared are compared as text. Equal items keep their order.
    /// </summary>
    public static ScriptArray Sort(TemplateContext context, object? input, string? property, string? nils)
    {
        if (input is null)
        {
            throw new ArgumentException("sort: cannot sort nothing (the value is nil): check the name of the list");
        }
        var items = Items(context, input) ?? [input];
        if (property is null)
        {
            return List(items.Order(Comparer<object?>.Create((a, b) => (a, b) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => Compare(context, a, b),
            })));
        }
        var nilsFirst = (nils ?? "first") switch
        {
            "first" => true,
            "last" => false,
            _ => throw new ArgumentException($"sort: '{nils}' is not a valid nils order: it must be 'first' or 'last'"),
        };
        return List(items.Select(item => (Item: item, Key: Property(context, item, property)))
            .Order(Comparer<(object? Item, object? Key)>.Create((a, b) => (a.Key, b.Key) switch
            {
                (null, null) => 0,
                (null, _) => nilsFirst ? -1 : 1,
                (_, null) => nilsFirst ? 1 : -1,
                _ => Compare(context, a.Key, b.Key),
            }))
            .Select(pair => pair.Item));
    }

    public static object? Push(object? input, object? item) => input is IList list ? List([.. list.Cast<object?>(), item]) : input;

    public static object? Unshift(object? input, object? item) => input is IList list ? List([item, .. list.Cast<object?>()]) : input;

    public static object? Pop(object? input, object? count) =>
        input is IList list ? List(list.Cast<object?>().SkipLast((int)Math.Max(0, LiquidNumbers.ToInteger(count, "pop")))) : input;

    public static object? Shift(object? input, object? count) =>
        input is IList list ? List(list.Cast<object?>().Skip((int)Math.Max(0, LiquidNumbers.ToInteger(count, "shift")))) : input;

    /// <summary>
    /// Jekyll's <c>sample</c> picks at random; BlogGen picks the same on every build: the items in the order of a hash of
    /// the page's URL and each item's place, so each page gets its own pick and a rebuild gives the same bytes. One item
    /// by default (the item itself), or a list of <paramref name="count"/>.
    /// </summary>
    public static object? Sample(TemplateContext context, object? input, object? count)
    {
        if (input is not IList list)
        {
            return input;
        }
        var url = Text(context, Member(context, context.GetValue(new ScriptVariableGlobal("page")), "url"));
        var shuffled = list.Cast<object?>().Select((item, index) => (Item: item, Rank: new ContentHash().Add(url).Add(index).Value))
            .OrderBy(pair => pair.Rank).Select(pair => pair.Item);
        var wanted = count is null ? 1 : LiquidNumbers.ToInteger(count, "sample");
        return wanted == 1 ? shuffled.FirstOrDefault() : List(shuffled.Take((int)Math.Max(0, wanted)));
    }

    /// <summary>A list or map as the value to match, which Jekyll refuses (Liquid's <c>empty</c> is neither).</summary>
    private static bool IsListOrMap(object? value) => value is not EmptyScriptObject && (IsList(value) || IsMap(value));

    /// <summary>Jekyll's <c>item_property</c>: the value at a dotted path, text that reads as a number as that number.</summary>
    private static object? Property(TemplateContext context, object? item, string property)
    {
        var value = item;
        foreach (var name in property.Split('.'))
        {
            value = Member(context, value, name);
        }
        return value is string text && WholeNumber().IsMatch(text) && long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? whole
            : value is string decimalText && DecimalNumber().IsMatch(decimalText)
                ? double.Parse(decimalText.Trim(), CultureInfo.InvariantCulture)
                : value;
    }

    /// <summary>
    /// Jekyll's <c>compare_property_vs_target</c>: nothing matches nothing; <c>empty</c> matches nothing, empty text and
    /// empty lists; otherwise the texts are equal, or one item of a list property has the target's text.
    /// </summary>
    private static bool Matches(TemplateContext context, object? property, object? target)
    {
        if (target is null)
        {
            return property is null;
        }
        if (target is EmptyScriptObject)
        {
            return property is null || (IsList(property) || IsMap(property) ? IsEmpty(property) : Text(context, property).Length == 0);
        }
        var wanted = Text(context, target);
        return property is string text ? text == wanted
            : IsList(property) ? ((IEnumerable)property!).Cast<object?>().Any(item => Text(context, item) == wanted)
            : property is not null && Text(context, property) == wanted;
    }

    /// <summary>Ruby's <c>a &lt;=&gt; b || a.to_s &lt;=&gt; b.to_s</c>: numbers by value, text by its characters, dates by instant, else as text.</summary>
    private static int Compare(TemplateContext context, object a, object b) => (a, b) switch
    {
        (string x, string y) => string.CompareOrdinal(x, y),
        (DateTimeOffset x, DateTimeOffset y) => x.CompareTo(y),
        _ when IsNumber(a) && IsNumber(b) => Convert.ToDouble(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, CultureInfo.InvariantCulture)),
        _ => string.CompareOrdinal(Text(context, a), Text(context, b)),
    };

    [GeneratedRegex(@"\A\s*-?\d+\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"\A\s*-?(?:\d+\.?\d*|\.\d+)\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
