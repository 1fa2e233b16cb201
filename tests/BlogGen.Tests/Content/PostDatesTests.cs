using BlogGen.Content;
using BlogGen.Yaml;

using static BlogGen.Tests.Content.ContentTestValues;

namespace BlogGen.Tests.Content;

public class PostDatesTests
{
    [Theory]
    [InlineData("2025-02-13-my-post", "Asia/Tokyo", "2025-02-13T00:00:00.000+09:00", "my-post")]
    [InlineData("2025-2-3-short", "UTC", "2025-02-03T00:00:00.000+00:00", "short")]
    [InlineData("2024-02-29-leap-day", "UTC", "2024-02-29T00:00:00.000+00:00", "leap-day")]
    [InlineData("2025-07-04-独立日", "America/New_York", "2025-07-04T00:00:00.000-04:00", "独立日")]
    [InlineData("2025-01-04-winter", "America/New_York", "2025-01-04T00:00:00.000-05:00", "winter")]
    [InlineData("2025-02-13-2025-02-14", "UTC", "2025-02-13T00:00:00.000+00:00", "2025-02-14")]
    public void FileNamePrefixGivesMidnightInTheSiteZone(string name, string zone, string date, string slug)
    {
        Assert.True(PostDates.TryParseFileName(name, TimeZoneInfo.FindSystemTimeZoneById(zone), out var parsed, out var parsedSlug));

        Assert.Equal(date, Iso(parsed));
        Assert.Equal(slug, parsedSlug);
    }

    [Theory]
    [InlineData("2025-02-30-impossible")]
    [InlineData("2025-13-01-no-such-month")]
    [InlineData("2025-00-10-month-zero")]
    [InlineData("2025-02-13")]
    [InlineData("2025-02-13-")]
    [InlineData("25-02-13-two-digit-year")]
    [InlineData("2025-02-130-long-day")]
    [InlineData("about")]
    [InlineData("000_60de0c3de778011c")]
    [InlineData("２０２５-02-13-fullwidth")]
    public void NamesWithoutAValidDatePrefixAreNotDated(string name)
    {
        Assert.False(PostDates.TryParseFileName(name, TimeZoneInfo.Utc, out _, out _));
    }

    [Fact]
    public void MidnightSkippedByDaylightSavingLandsAfterTheJump()
    {
        // Santiago moves clocks from 00:00 to 01:00 on the first Sunday of September.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        Assert.True(PostDates.TryParseFileName("2024-09-08-spring", santiago, out var date, out _));

        Assert.Equal("2024-09-08T01:00:00.000-03:00", Iso(date));
    }

    [Fact]
    public void SeedDateInShanghaiIsTheNextMorning()
    {
        var yaml = YamlValueReader.ReadMapping("date: 2025-02-12T23:55:52.000Z\n", "seed", 1, Shanghai);

        Assert.True(PostDates.TryResolve(yaml.Values["date"], Shanghai, out var instant));

        Assert.Equal("2025-02-13T07:55:52.000+08:00", Iso(PostDates.ToSiteTime(instant, Shanghai)));
    }

    [Theory]
    [InlineData("2025-02-13 08:55:52", "Asia/Tokyo", "2025-02-13T08:55:52.000+09:00")]
    [InlineData("2025-02-13 08:55:52 +0900", "UTC", "2025-02-12T23:55:52.000+00:00")]
    [InlineData("2025-02-12T23:55:52.000Z", "Asia/Shanghai", "2025-02-13T07:55:52.000+08:00")]
    [InlineData("2025-02-13", "Asia/Tokyo", "2025-02-13T00:00:00.000+09:00")]
    [InlineData(" 2025-02-13 08:55 ", "Asia/Tokyo", "2025-02-13T08:55:00.000+09:00")]
    [InlineData("2025-07-01 12:00:00", "America/New_York", "2025-07-01T12:00:00.000-04:00")]
    [InlineData("2025-12-01 12:00:00", "America/New_York", "2025-12-01T12:00:00.000-05:00")]
    [InlineData("2025-03-09 02:30:00", "America/New_York", "2025-03-09T03:30:00.000-04:00")]
    [InlineData("2025-11-02 01:30:00", "America/New_York", "2025-11-02T01:30:00.000-04:00")]
    public void QuotedDatesResolveInTheSiteZone(string text, string zone, string expected)
    {
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(zone);

        Assert.True(PostDates.TryResolve(text, timeZone, out var instant));

        Assert.Equal(expected, Iso(PostDates.ToSiteTime(instant, timeZone)));
    }

    [Fact]
    public void YamlAndQuotedFormsOfADateAreTheSameInstant()
    {
        var yaml = YamlValueReader.ReadMapping("plain: 2025-02-13 08:55:52\nquoted: \"2025-02-13 08:55:52\"\n", "a.md", 1, Tokyo);

        Assert.True(PostDates.TryResolve(yaml.Values["plain"], Tokyo, out var plain));
        Assert.True(PostDates.TryResolve(yaml.Values["quoted"], Tokyo, out var quoted));

        Assert.Equal("2025-02-13T08:55:52.000+09:00", Iso(plain));
        Assert.Equal(plain, quoted);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-02-30")]
    [InlineData("13/02/2025")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(20250213L)]
    [InlineData(true)]
    public void OtherValuesAreNotDates(object? value)
    {
        Assert.False(PostDates.TryResolve(value, TimeZoneInfo.Utc, out _));
    }

    [Fact]
    public void DateTimeValuesAreAccepted()
    {
        Assert.True(PostDates.TryResolve(new DateTime(2025, 2, 13, 8, 0, 0, DateTimeKind.Unspecified), Tokyo, out var local));
        Assert.True(PostDates.TryResolve(new DateTime(2025, 2, 13, 8, 0, 0, DateTimeKind.Utc), Tokyo, out var utc));

        Assert.Equal("2025-02-13T08:00:00.000+09:00", Iso(local));
        Assert.Equal("2025-02-13T17:00:00.000+09:00", Iso(PostDates.ToSiteTime(utc, Tokyo)));
    }
}
