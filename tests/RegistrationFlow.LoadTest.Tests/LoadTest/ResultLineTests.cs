using System.Globalization;
using RegistrationFlow.LoadTest.Measurement;
using RegistrationFlow.LoadTest.Options;
using RegistrationFlow.LoadTest.Reporting;

namespace RegistrationFlow.LoadTest.Tests.LoadTest;

public sealed class ResultLineTests
{
    [Fact]
    public void The_line_has_the_exact_documented_shape()
    {
        var line = ResultLine.Format(1234.56, 246.912, 3.456, 12.3, 48.999, 0);

        Assert.Equal("RESULT actions_per_s=1234.6 lifecycles_per_s=246.91 p50_ms=3.46 p95_ms=12.30 p99_ms=49.00 errors=0", line);
        Assert.Matches(ResultLine.Pattern(), line);
    }

    [Fact]
    public void The_line_uses_a_decimal_point_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var line = ResultLine.Format(1000.5, 1.5, 2.5, 3.5, 4.5, 7);
            Assert.Equal("RESULT actions_per_s=1000.5 lifecycles_per_s=1.50 p50_ms=2.50 p95_ms=3.50 p99_ms=4.50 errors=7", line);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Rates_come_from_counts_over_elapsed_time_and_the_report_ends_with_the_line()
    {
        var result = new LoadResult
        {
            Mode = LoadMode.Lifecycle,
            Users = 4,
            Elapsed = TimeSpan.FromSeconds(4),
            Actions = 1000,
            Lifecycles = 200,
            Errors = 3,
            Latency = LatencySummary.FromSorted([1, 2, 3, 4]),
            ByAction = [("accept", LatencySummary.FromSorted([1, 2]))],
            ErrorKinds = [("approve: 409", 3, "stale")],
        };
        var output = new StringWriter();

        LoadReport.Write(result, output);

        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal("RESULT actions_per_s=250.0 lifecycles_per_s=50.00 p50_ms=2.00 p95_ms=4.00 p99_ms=4.00 errors=3", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("| approve: 409 | 3 | stale |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| accept | 2 |", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RESULT actions_per_s=12 lifecycles_per_s=1 p50_ms=1 p95_ms=2 p99_ms=3 errors=-1")]
    [InlineData("RESULT actions_per_s=12,5 lifecycles_per_s=1 p50_ms=1 p95_ms=2 p99_ms=3 errors=0")]
    [InlineData("RESULT lifecycles_per_s=1 actions_per_s=12 p50_ms=1 p95_ms=2 p99_ms=3 errors=0")]
    public void The_pattern_refuses_malformed_lines(string line)
    {
        Assert.DoesNotMatch(ResultLine.Pattern(), line);
    }
}
