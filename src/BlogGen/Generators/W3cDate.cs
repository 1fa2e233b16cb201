using System.Globalization;

namespace BlogGen.Generators;

/// <summary>The W3C / RFC 3339 date-time feeds, sitemaps and OpenGraph use: <c>2025-02-13T07:55:52+08:00</c>.</summary>
public static class W3cDate
{
    public static string Format(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
