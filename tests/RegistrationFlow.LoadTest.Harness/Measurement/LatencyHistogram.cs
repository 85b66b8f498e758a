using System.Diagnostics;

namespace RegistrationFlow.LoadTest.Measurement;

/// <summary>
/// Every recorded latency in milliseconds, kept exactly (a sorted array at the end): a run of a few minutes at
/// 1,000 actions/s is a few hundred thousand doubles, cheaper than any approximation is worth.
/// </summary>
public sealed class LatencyHistogram
{
    private readonly Lock _gate = new();
    private readonly List<double> _values = [];

    public void Record(double milliseconds)
    {
        lock (_gate) _values.Add(milliseconds);
    }

    public void RecordSince(long startTimestamp) => Record(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);

    public int Count
    {
        get { lock (_gate) return _values.Count; }
    }

    public LatencySummary Summarise()
    {
        double[] sorted;
        lock (_gate) sorted = [.. _values];
        Array.Sort(sorted);
        return LatencySummary.FromSorted(sorted);
    }
}

public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0, 0);

    public static LatencySummary FromSorted(double[] ascending) => ascending.Length == 0
        ? Empty
        : new LatencySummary(
            ascending.Length,
            Percentiles.Of(ascending, 50),
            Percentiles.Of(ascending, 95),
            Percentiles.Of(ascending, 99),
            ascending[^1],
            ascending.Average());
}
