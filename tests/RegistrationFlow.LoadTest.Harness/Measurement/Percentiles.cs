namespace RegistrationFlow.LoadTest.Measurement;

/// <summary>Nearest-rank percentiles over an ascending array: the smallest value with at least p % of values at or below it.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> ascending, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percentile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (ascending.Count == 0) return 0;
        var rank = (int)Math.Ceiling(percentile / 100 * ascending.Count);
        return ascending[Math.Clamp(rank, 1, ascending.Count) - 1];
    }
}
