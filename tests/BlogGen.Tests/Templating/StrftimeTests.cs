using BlogGen.Templating;

namespace BlogGen.Tests.Templating;

public sealed class StrftimeTests
{
    private static readonly DateTimeOffset Date = new(2025, 2, 3, 7, 5, 9, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("%Y-%m-%d", "2025-02-03")]
    [InlineData("%-d %b %Y", "3 Feb 2025")]
    [InlineData("%e|%-m|%B", " 3|2|February")]
    [InlineData("%H:%M:%S %z", "07:05:09 +0800")]
    [InlineData("%I %p %l", "07 AM  7")]
    [InlineData("%a %A %j", "Mon Monday 034")]
    [InlineData("%y %C %%", "25 20 %")]
    [InlineData("%^b", "FEB")]
    [InlineData("%F %T", "2025-02-03 07:05:09")]
    [InlineData("%Q stays", "%Q stays")]
    public void FormatsLikeRuby(string format, string expected) =>
        Assert.Equal(expected, Strftime.Format(Date, format));
}
