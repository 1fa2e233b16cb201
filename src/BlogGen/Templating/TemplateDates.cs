using System.Globalization;

using Scriban;

namespace BlogGen.Templating;

/// <summary>Reads the date-like values templates pass to date filters, and shows them in the site time zone.</summary>
internal static class TemplateDates
{
    public static DateTimeOffset? ToSiteTime(TemplateContext? context, object? value, TimeZoneInfo zone, DateTimeOffset buildTime) => value switch
    {
        DateTimeOffset d => TimeZoneInfo.ConvertTime(d, zone),
        DateTime d => TimeZoneInfo.ConvertTime(d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(d, zone.GetUtcOffset(d)) : new DateTimeOffset(d), zone),
        "now" or "today" => BuildTime(context, buildTime, zone),
        string s when !s.All(char.IsAsciiDigit) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => TimeZoneInfo.ConvertTime(parsed, zone),
        string s when s.Length > 0 && s.All(char.IsAsciiDigit) && long.TryParse(s, CultureInfo.InvariantCulture, out var seconds) => FromSeconds(seconds, zone),
        long seconds => FromSeconds(seconds, zone),
        int seconds => FromSeconds(seconds, zone),
        _ => null,
    };

    /// <summary>Seconds since 1970, as Liquid reads a number or a text of digits given as a date.</summary>
    private static DateTimeOffset FromSeconds(long seconds, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), zone);

    /// <summary>A page showing the build time depends on it as on <c>site.time</c>.</summary>
    private static DateTimeOffset BuildTime(TemplateContext? context, DateTimeOffset buildTime, TimeZoneInfo zone)
    {
        RenderDependencies.Of(context)?.Read(RenderDependencies.BuildTimeMember);
        return TimeZoneInfo.ConvertTime(buildTime, zone);
    }
}
