using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Calendar;

/// <summary>
/// Keeps this node's calendar in step with the database: every <c>Node:RefreshSeconds</c> (default 5) it compares the stored versions
/// with the snapshot in force and loads the new one when another node imported a year or changed the hall hours. After
/// any change of a year — here or elsewhere — it applies the promise rule once more to the years that changed, for an application
/// accepted on the old calendar while the import committed (the rule is idempotent: a kept promise is not moved twice).
/// </summary>
public sealed class CalendarRefresher(IServiceScopeFactory scopes, LiveBusinessCalendar live, TimeProvider time, ILogger<CalendarRefresher> logger)
{
    private IReadOnlyDictionary<int, int> _settledYears = new Dictionary<int, int>();

    /// <summary>Remembers the snapshot loaded at start-up as settled (nothing was accepted on an older one here).</summary>
    public void MarkSettled(CalendarSnapshot snapshot) => _settledYears = snapshot.ImportedYears;

    /// <returns>How many promises the settling pass moved.</returns>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RegistrationDbContext>();
        var before = live.Snapshot;
        if (await CalendarSources.StampAsync(db, cancellationToken) != before.Stamp)
        {
            live.Replace(await services.GetRequiredService<CalendarSources>().LoadAsync(db, cancellationToken));
            logger.LogInformation("Business calendar reloaded from the database ({Stamp}).", live.Snapshot.Stamp);
        }
        var snapshot = live.Snapshot;
        var settled = _settledYears;
        var years = snapshot.ImportedYears.Where(y => !settled.TryGetValue(y.Key, out var version) || version != y.Value).Select(y => y.Key).ToList();
        if (years.Count == 0) return 0;

        var promises = services.GetRequiredService<PromiseRecalculator>();
        var (moved, deadlines) = await services.GetRequiredService<ITransactionRunner>().RunAsync(async (write, ct) =>
        {
            var now = time.GetUtcNow();
            var plan = await promises.PlanAsync(write.Db, snapshot.Calendar, years, now, ct);
            if (plan.Count == 0) return (0, DeadlineChanges.None);
            var why = LocalizedText.Of("按已导入的国务院放假安排顺延", "Moved under the imported State Council holiday notice");
            var changes = await promises.ApplyAsync(write, plan, StaffMember.System, null, why, snapshot.Calendar, now, ct);
            return (plan.Count, changes);
        }, cancellationToken);
        services.GetRequiredService<DeadlinePump>().Expect(deadlines);
        _settledYears = snapshot.ImportedYears;
        if (moved > 0) logger.LogInformation("Moved the promises of {Count} application(s) accepted on the previous calendar.", moved);
        return moved;
    }
}
