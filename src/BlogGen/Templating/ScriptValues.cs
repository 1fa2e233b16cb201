using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>Turns parsed YAML values (maps, lists, scalars) into Scriban objects templates can walk.</summary>
public static class ScriptValues
{
    public static object? From(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => FromMap(map),
        string s => s,
        IEnumerable<object?> list => FromList(list),
        _ => value,
    };

    public static ScriptObject FromMap(IReadOnlyDictionary<string, object?> map)
    {
        var result = new ScriptObject(map.Count);
        foreach (var (key, item) in map)
        {
            result[key] = From(item);
        }
        return result;
    }

    public static ScriptArray FromList(IEnumerable<object?> list)
    {
        var result = new ScriptArray();
        foreach (var item in list)
        {
            result.Add(From(item));
        }
        return result;
    }

    public static ScriptArray Strings(IEnumerable<string> items)
    {
        var result = new ScriptArray();
        foreach (var item in items)
        {
            result.Add(item);
        }
        return result;
    }
}
