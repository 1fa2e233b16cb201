namespace BlogGen.Benchmarks.ServeLatency;

/// <summary>Summaries of timings: the median, and percentiles by the nearest-rank method.</summary>
internal static class Percentiles
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The smallest value with at least <paramref name="fraction"/> of all values at or below it.</summary>
    public static double NearestRank(IReadOnlyCollection<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
