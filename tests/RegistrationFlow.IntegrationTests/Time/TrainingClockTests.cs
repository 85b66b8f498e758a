using Microsoft.Extensions.Time.Testing;
using RegistrationFlow.Infrastructure.Time;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Time;

public sealed class TrainingClockTests
{
    private static readonly DateTimeOffset Simulated = new(2026, 3, 2, 8, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void The_training_clock_starts_at_its_instant_and_runs_at_its_rate()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new TrainingTimeProvider(Simulated, rate: 60, real);

        Assert.Equal(Simulated, clock.GetUtcNow());
        real.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(Simulated.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public void Timers_on_the_training_clock_are_shortened_by_its_rate()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new TrainingTimeProvider(Simulated, rate: 60, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void A_rate_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingTimeProvider(Simulated, rate: 0));
    }

    [Fact]
    public void The_training_clock_is_refused_in_production()
    {
        using var host = new TrainingClockInProduction();

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("training clock is refused in Production", Flatten(error));
    }

    private static string Flatten(Exception error) =>
        string.Join(" | ", Enumerable.Repeat(error, 1).Concat(error is AggregateException a ? a.Flatten().InnerExceptions : [])
            .SelectMany(e => Chain(e)).Select(e => e.Message));

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
        }
    }

    private sealed class TrainingClockInProduction : ServiceHost
    {
        protected override string EnvironmentName => "Production";
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Clock:Rate", "60")];
    }
}
