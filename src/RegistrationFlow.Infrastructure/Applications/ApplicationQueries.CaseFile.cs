using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using CoreDeadlineKind = RegistrationFlow.Core.Runtime.DeadlineKind;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>What a case page shows beside the application: its open tasks, its warning instant, its certificate.</summary>
public sealed record CaseExtras(IReadOnlyList<WorkTask> OpenTasks, DateTimeOffset? WarnAt, Certificate? Certificate);

public sealed partial class ApplicationQueries
{
    public async Task<CaseExtras> CaseExtrasAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var tasks = await db.WorkTasks.AsNoTracking()
            .Where(t => t.ApplicationId == id && t.State == WorkTaskState.Open).ToListAsync(cancellationToken);
        var warnAt = (await WarningInstantsAsync([id], cancellationToken)).GetValueOrDefault(id);
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.ApplicationId == id, cancellationToken);
        return new CaseExtras(tasks, warnAt, certificate);
    }

    /// <summary>
    /// Each application's warning instant: the due instant of its latest warning deadline not cancelled (a paused clock
    /// that restarts schedules a new one). Applications without one are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> WarningInstantsAsync(IReadOnlyCollection<Guid> applicationIds,
        CancellationToken cancellationToken = default)
    {
        if (applicationIds.Count == 0) return new Dictionary<Guid, DateTimeOffset>();
        var warnings = await db.Deadlines.AsNoTracking()
            .Where(d => applicationIds.Contains(d.ApplicationId) && d.Kind == CoreDeadlineKind.Warning && d.State != DeadlineState.Cancelled)
            .Select(d => new { d.ApplicationId, d.DueAt, d.CreatedAt })
            .ToListAsync(cancellationToken);
        return warnings.GroupBy(w => w.ApplicationId).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.CreatedAt).First().DueAt);
    }
}
