using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RegistrationFlow.Infrastructure.Time;

/// <summary>
/// Keeps <see cref="ServerClock"/> on the database server's clock: reads it once at start-up, before anything is
/// served, and then every <see cref="Interval"/>. Does nothing when the storage has no shared clock.
/// </summary>
public sealed class ServerClockFollower(ServerClock clock, IEnumerable<IDatabaseClock> databaseClocks, ILogger<ServerClockFollower> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>An offset above this is worth a warning: the machine's clock should be kept by NTP.</summary>
    private static readonly TimeSpan Noticeable = TimeSpan.FromSeconds(1);

    private readonly IDatabaseClock? _database = databaseClocks.LastOrDefault();

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_database is not null) await FollowAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_database is null) return;
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FollowAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Reads the server's clock once and follows it.</summary>
    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        try
        {
            var before = TimeProvider.System.GetUtcNow();
            var server = await _database!.ReadAsync(cancellationToken);
            var after = TimeProvider.System.GetUtcNow();
            var offset = ServerClock.OffsetOf(before, server, after);
            var previous = clock.Offset;
            clock.Follow(offset);
            if (offset.Duration() > Noticeable && (offset - previous).Duration() > Noticeable)
                logger.LogWarning("This machine's clock is {Offset:F1} s off the database server's; the service follows the server's.", -offset.TotalSeconds);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Keep the last offset: the clock drifts slowly, and the next reading corrects it.
            logger.LogWarning(e, "Could not read the database server's clock; keeping the offset of {Offset}.", clock.Offset);
        }
    }
}
