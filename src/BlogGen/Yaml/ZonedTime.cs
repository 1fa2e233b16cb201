namespace BlogGen.Yaml;

/// <summary>Reads a wall-clock time in a time zone as an instant, with fixed rules for daylight-saving edges.</summary>
internal static class ZonedTime
{
    /// <summary>
    /// The instant at which clocks in <paramref name="zone"/> show <paramref name="wallClock"/>. A time that occurs
    /// twice (clocks turned back) is its first occurrence; a time skipped by a forward jump is read with the offset
    /// in force before the jump, so it lands just after the jump, as most calendars do.
    /// </summary>
    public static DateTimeOffset FromWallClock(DateTime wallClock, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }
        if (zone.IsInvalidTime(local))
        {
            var offsetBeforeJump = zone.GetUtcOffset(local.AddDays(-1));
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(local, offsetBeforeJump), zone);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
