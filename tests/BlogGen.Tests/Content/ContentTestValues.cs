using System.Globalization;

namespace BlogGen.Tests.Content;

/// <summary>Time zones and a compact, culture-free spelling of typed values, so tables can state expectations.</summary>
internal static class ContentTestValues
{
    public static TimeZoneInfo Shanghai { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static TimeZoneInfo Tokyo { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The type and value, e.g. <c>bool:true</c>, <c>long:12</c>, <c>date:2025-02-13T07:55:52.000+08:00</c>.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string text => "string:" + text,
        bool boolean => boolean ? "bool:true" : "bool:false",
        long integer => "long:" + integer.ToString(CultureInfo.InvariantCulture),
        double number => "double:" + number.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset date => "date:" + Iso(date),
        List<object?> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
        Dictionary<string, object?> map => "{" + string.Join(", ", map.Select(entry => entry.Key + ": " + Describe(entry.Value))) + "}",
        _ => "unexpected " + value.GetType().Name,
    };

    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
