using System.Globalization;

namespace BlogGen.Content;

/// <summary>Jekyll's lenient reading of common front matter keys.</summary>
public static class FrontMatterValues
{
    /// <summary>A scalar as text (numbers invariant, booleans and dates as Jekyll prints them); null when absent, null, a list or a map.</summary>
    public static string? String(IReadOnlyDictionary<string, object?> values, string key) =>
        Scalar(values.GetValueOrDefault(key));

    /// <summary>
    /// Jekyll's tags and categories: the plural key as a YAML list or a whitespace-separated string, plus the singular key
    /// as one name (<c>category: Machine Learning</c> is one category). Empty names are dropped, duplicates kept once.
    /// </summary>
    public static IReadOnlyList<string> Words(IReadOnlyDictionary<string, object?> values, string pluralKey, string singularKey)
    {
        var plural = values.GetValueOrDefault(pluralKey) is string text ? text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : Names(values.GetValueOrDefault(pluralKey));
        return [.. plural.Concat(Names(values.GetValueOrDefault(singularKey))).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)];

        static IEnumerable<string> Names(object? value) => value is IEnumerable<object?> items
            ? items.Select(Scalar).OfType<string>().Select(s => s.Trim())
            : Scalar(value) is { } single ? [single.Trim()] : [];
    }

    /// <summary>False only for an explicit false (bool or the text "false").</summary>
    public static bool IsNotFalse(IReadOnlyDictionary<string, object?> values, string key) =>
        values.GetValueOrDefault(key) switch
        {
            bool b => b,
            string s => !s.Equals("false", StringComparison.OrdinalIgnoreCase),
            _ => true,
        };

    private static string? Scalar(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset date => date.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture)
            + date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };
}
