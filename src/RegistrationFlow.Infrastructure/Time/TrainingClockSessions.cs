using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Time;

/// <summary>
/// Shares the training clock's session through the database. At start-up (under the start-up lock) a node adopts the
/// stored session when it was started with the same settings (the same <c>Clock:StartAt</c>, or none, and the same
/// <c>Clock:Rate</c>): nodes agree on the simulated time and a restart carries on. Other settings start a new session.
/// </summary>
public static class TrainingClockSessions
{
    /// <returns>True when the stored session was adopted; false when this node's settings started a new one.</returns>
    public static async Task<bool> JoinAsync(RegistrationDbContext db, TrainingTimeProvider clock, ClockSettings settings, ILogger logger,
        CancellationToken cancellationToken)
    {
        var stored = await db.TrainingClockEpochs.SingleOrDefaultAsync(e => e.Id == TrainingClockEpoch.SingletonId, cancellationToken);
        var sameSession = stored is not null && stored.Rate.Equals(clock.Rate)
            && (settings.StartAt is null || stored.SimulatedStart == settings.StartAt.Value.ToUniversalTime());
        if (sameSession)
        {
            clock.Adopt(stored!.SimulatedStart, stored.RealStart);
            logger.LogInformation("Training clock: continuing the session started at {Start:o} (rate {Rate}); it is now {Now:o}.",
                stored.SimulatedStart, stored.Rate, clock.GetUtcNow());
            return true;
        }
        if (stored is null)
            db.Add(stored = new TrainingClockEpoch { Id = TrainingClockEpoch.SingletonId });
        stored.SimulatedStart = clock.SimulatedStart;
        stored.RealStart = clock.RealStart;
        stored.Rate = clock.Rate;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Training clock: a new session from {Start:o} at rate {Rate}.", clock.SimulatedStart, clock.Rate);
        return false;
    }
}
