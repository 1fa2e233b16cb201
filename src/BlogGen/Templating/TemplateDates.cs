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
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => TimeZoneInfo.ConvertTime(parsed, zone),
        long seconds => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), zone),
        _ => null,
    };

    /// <summary>A page showing the build time depends on it as on <c>site.time</c>.</summary>
    private static DateTimeOffset BuildTime(TemplateContext? context, DateTimeOffset buildTime, TimeZoneInfo zone)
    {
        RenderDependencies.Of(context)?.Read("time");
        return TimeZoneInfo.ConvertTime(buildTime, zone);
    }
}
