using System.Globalization;

namespace BlogGen.Configuration;

public static class BuildClock
{
    /// <summary>SOURCE_DATE_EPOCH (reproducible-builds.org) fixes the build time; otherwise it is now.</summary>
    public static DateTimeOffset Now()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UtcNow;
    }
}
