using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Hosting;

/// <summary>
/// What the nodes of one database share lives in the database; every <c>Node:RefreshSeconds</c> (default 5) this node
/// picks up what another changed: published workflow definitions and the calendar (imported years, hall hours).
/// </summary>
public sealed class NodeRefresher(DefinitionRefresher definitions, CalendarRefresher calendar, IConfiguration configuration,
    ILogger<NodeRefresher> logger) : BackgroundService
{
    public const string IntervalKey = "Node:RefreshSeconds";
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(IntervalKey, 5)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Polls on the machine's clock: this is plumbing, not product time (a training clock may run 60 times faster).
        using var timer = new PeriodicTimer(_interval, TimeProvider.System);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await definitions.RefreshAsync(stoppingToken);
                await calendar.RefreshAsync(stoppingToken);
            }
            // A database that restarts can also end a read with a cancellation: only the host's stopping ends the loop.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Could not refresh the shared definitions or calendar from the database; keeping those in force.");
            }
        }
    }
}
