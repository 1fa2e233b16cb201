using System.Globalization;

namespace BlogGen.Content;

/// <summary>Jekyll's lenient reading of common front matter keys.</summary>
public static class FrontMatterValues
{
    public static string? String(IReadOnlyDictionary<string, object?> values, string key) =>
        values.GetValueOrDefault(key) switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };

    /// <summary>A YAML list, or a space-separated string as Jekyll allows for tags and categories.</summary>
    public static IReadOnlyList<string> Words(IReadOnlyDictionary<string, object?> values, string pluralKey, string singularKey)
    {
        var result = new List<string>();
        foreach (var key in (string[])[pluralKey, singularKey])
        {
            switch (values.GetValueOrDefault(key))
            {
                case string s:
                    result.AddRange(s.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case IEnumerable<object?> items:
                    result.AddRange(items.Where(i => i is not null).Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)!.Trim()).Where(s => s.Length > 0));
                    break;
                case IFormattable single:
                    result.Add(single.ToString(null, CultureInfo.InvariantCulture));
                    break;
            }
        }
        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>False only for an explicit false (bool or the text "false").</summary>
    public static bool IsNotFalse(IReadOnlyDictionary<string, object?> values, string key) =>
        values.GetValueOrDefault(key) switch
        {
            bool b => b,
            string s => !s.Equals("false", StringComparison.OrdinalIgnoreCase),
            _ => true,
        };
}
