using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RegistrationFlow.Infrastructure.Time;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Time;

/// <summary>Nodes whose machine clocks disagree tell the time by the database server's clock.</summary>
public sealed class ServerClockTests
{
    [Fact]
    public void The_offset_assumes_the_server_read_its_clock_half_way_through_the_round_trip()
    {
        var before = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(20),
            ServerClock.OffsetOf(before, before.AddMinutes(5), before.AddMilliseconds(40)));
        Assert.Equal(TimeSpan.FromSeconds(-3), ServerClock.OffsetOf(before, before.AddSeconds(-3), before));
    }

    [Fact]
    public async Task A_node_whose_machine_clock_is_five_minutes_slow_reads_the_servers_time()
    {
        var clock = new ServerClock();
        var follower = new ServerClockFollower(clock, [new SkewedDatabaseClock(TimeSpan.FromMinutes(5))], NullLogger<ServerClockFollower>.Instance);

        await follower.FollowAsync(CancellationToken.None);

        var difference = clock.GetUtcNow() - TimeProvider.System.GetUtcNow();
        Assert.InRange(difference, TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task An_unreadable_server_clock_keeps_the_last_offset()
    {
        var clock = new ServerClock();
        clock.Follow(TimeSpan.FromSeconds(42));
        var follower = new ServerClockFollower(clock, [new BrokenDatabaseClock()], NullLogger<ServerClockFollower>.Instance);

        await follower.FollowAsync(CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(42), clock.Offset);
    }

    [Fact]
    [Trait(StorageTraits.Name, StorageTraits.PostgreSql)]
    public async Task On_postgresql_a_node_follows_the_database_servers_clock()
    {
        await using var host = new ServiceHost();
        await host.InitializeAsync();
        Assert.NotNull(host.Services.GetService<IDatabaseClock>());
        var server = await host.Services.GetRequiredService<IDatabaseClock>().ReadAsync(CancellationToken.None);
        // The test cluster runs on this machine: one clock, so the offset is the round trip's noise.
        Assert.InRange(server - TimeProvider.System.GetUtcNow(), TimeSpan.FromSeconds(-2), TimeSpan.FromSeconds(2));
        Assert.InRange(host.Services.GetRequiredService<ServerClock>().Offset, TimeSpan.FromSeconds(-2), TimeSpan.FromSeconds(2));
    }

    private sealed class SkewedDatabaseClock(TimeSpan skew) : IDatabaseClock
    {
        public Task<DateTimeOffset> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(TimeProvider.System.GetUtcNow() + skew);
    }

    private sealed class BrokenDatabaseClock : IDatabaseClock
    {
        public Task<DateTimeOffset> ReadAsync(CancellationToken cancellationToken) => throw new TimeoutException("the database did not answer");
    }
}
