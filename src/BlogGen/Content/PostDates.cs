using BlogGen.Yaml;

namespace BlogGen.Content;

/// <summary>Post dates as Jekyll reads them, with every time zone rule made explicit.</summary>
public static class PostDates
{
    /// <summary>
    /// Reads a <c>YYYY-MM-DD-slug</c> file name (extension already removed). The date is midnight of that day in
    /// <paramref name="timeZone"/>. An impossible date such as 2025-02-30 is not a date prefix.
    /// </summary>
    public static bool TryParseFileName(string fileNameWithoutExtension, TimeZoneInfo timeZone, out DateTimeOffset date, out string slug)
    {
        date = default;
        slug = string.Empty;
        var parts = fileNameWithoutExtension.Split('-', 4);
        if (parts.Length != 4 || parts[3].Length == 0
            || !TryReadNumber(parts[0], 4, 4, out var year)
            || !TryReadNumber(parts[1], 1, 2, out var month)
            || !TryReadNumber(parts[2], 1, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || !YamlTimestamp.IsRepresentable(new DateTime(year, month, day)))
        {
            return false;
        }
        date = ZonedTime.FromWallClock(new DateTime(year, month, day), timeZone);
        slug = parts[3];
        return true;
    }

    /// <summary>
    /// The instant of a front matter <c>date</c>: a timestamp YAML already typed, or text in the same forms (a quoted
    /// date; seconds may be left out). A time without an offset is read in <paramref name="timeZone"/>.
    /// </summary>
    public static bool TryResolve(object? frontMatterDate, TimeZoneInfo timeZone, out DateTimeOffset instant)
    {
        switch (frontMatterDate)
        {
            case DateTimeOffset typed:
                instant = typed;
                return true;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                instant = new DateTimeOffset(utc);
                return true;
            case DateTime wallClock when YamlTimestamp.IsRepresentable(wallClock):
                instant = ZonedTime.FromWallClock(wallClock, timeZone);
                return true;
            case string text:
                return YamlTimestamp.TryParse(text.AsSpan().Trim(), timeZone, secondsOptional: true, out instant);
            default:
                instant = default;
                return false;
        }
    }

    private static bool TryReadNumber(string digits, int minLength, int maxLength, out int value)
    {
        value = 0;
        if (digits.Length < minLength || digits.Length > maxLength || digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }
        return true;
    }

    /// <summary>The same instant as the site's clocks show it: use it for permalinks and displayed dates.</summary>
    public static DateTimeOffset ToSiteTime(DateTimeOffset instant, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTime(instant, timeZone);
}
