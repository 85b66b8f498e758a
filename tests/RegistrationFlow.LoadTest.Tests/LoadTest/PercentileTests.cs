using RegistrationFlow.LoadTest.Measurement;

namespace RegistrationFlow.LoadTest.Tests.LoadTest;

public sealed class PercentileTests
{
    [Fact]
    public void Nearest_rank_over_one_to_a_hundred_gives_the_percentile_itself()
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();

        Assert.Equal(50, Percentiles.Of(values, 50));
        Assert.Equal(95, Percentiles.Of(values, 95));
        Assert.Equal(99, Percentiles.Of(values, 99));
        Assert.Equal(100, Percentiles.Of(values, 100));
        Assert.Equal(1, Percentiles.Of(values, 0));
    }

    [Fact]
    public void Nearest_rank_rounds_the_rank_up()
    {
        double[] values = [10, 20, 30, 40, 50];

        Assert.Equal(30, Percentiles.Of(values, 50)); // rank ceil(2.5) = 3
        Assert.Equal(50, Percentiles.Of(values, 81)); // rank ceil(4.05) = 5
        Assert.Equal(40, Percentiles.Of(values, 80)); // rank 4 exactly
    }

    [Fact]
    public void One_slow_request_in_a_hundred_shows_at_p100_not_at_p99()
    {
        var values = Enumerable.Repeat(2.0, 99).Append(500.0).ToArray();

        Assert.Equal(2, Percentiles.Of(values, 99));
        Assert.Equal(500, Percentiles.Of(values, 100));
    }

    [Fact]
    public void No_values_give_zero()
    {
        Assert.Equal(0, Percentiles.Of([], 99));
        Assert.Same(LatencySummary.Empty, new LatencyHistogram().Summarise());
    }

    [Fact]
    public void The_histogram_sorts_what_was_recorded_in_any_order_from_many_threads()
    {
        var histogram = new LatencyHistogram();
        var shuffled = Enumerable.Range(1, 1000).OrderBy(i => (i * 7919) % 1000).ToArray();

        Parallel.ForEach(shuffled, i => histogram.Record(i));
        var summary = histogram.Summarise();

        Assert.Equal(1000, summary.Count);
        Assert.Equal(500, summary.P50);
        Assert.Equal(950, summary.P95);
        Assert.Equal(990, summary.P99);
        Assert.Equal(1000, summary.Max);
        Assert.Equal(500.5, summary.Mean, precision: 6);
    }

    [Fact]
    public void A_percentile_outside_zero_to_a_hundred_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([1.0], 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([1.0], -1));
    }
}
