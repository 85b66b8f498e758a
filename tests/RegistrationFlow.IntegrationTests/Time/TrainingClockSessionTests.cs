using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Time;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Time;

/// <summary>The training clock's session lives in the database: nodes agree on the simulated time, a restart carries on.</summary>
public sealed class TrainingClockSessionTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static readonly DateTimeOffset Simulated = new(2026, 3, 2, 8, 30, 0, TimeSpan.FromHours(8));

    private Task<bool> JoinAsync(TrainingTimeProvider clock, ClockSettings settings) => host.InScopeAsync(services =>
        TrainingClockSessions.JoinAsync(services.GetRequiredService<RegistrationDbContext>(), clock, settings, NullLogger.Instance, CancellationToken.None));

    [Fact]
    public async Task A_node_started_later_with_the_same_settings_tells_the_same_time_and_other_settings_start_anew()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var settings = new ClockSettings { StartAt = Simulated, Rate = 60 };
        var first = new TrainingTimeProvider(Simulated, 60, real);
        Assert.False(await JoinAsync(first, settings)); // the first node starts the session

        real.Advance(TimeSpan.FromMinutes(10)); // ten real minutes later a second node (or the first, restarted) starts
        var second = new TrainingTimeProvider(Simulated, 60, real);
        Assert.Equal(Simulated, second.GetUtcNow());
        Assert.True(await JoinAsync(second, settings));

        Assert.Equal(Simulated.AddHours(10), second.GetUtcNow());
        Assert.Equal(first.GetUtcNow(), second.GetUtcNow());

        var faster = new TrainingTimeProvider(Simulated, 300, real);
        Assert.False(await JoinAsync(faster, new ClockSettings { StartAt = Simulated, Rate = 300 }));
        Assert.Equal(Simulated, faster.GetUtcNow());
    }
}
