using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>A colleague who holds open claimed tasks, and how many: whom a manager may reassign from.</summary>
public sealed record TaskHolder(string UserName, int Tasks);

/// <summary>What names an application in a list of tasks.</summary>
public sealed record ApplicationHead(Guid Id, string ReceiptNumber, string WorkflowId, int WorkflowVersion);

public sealed partial class ApplicationQueries
{
    /// <summary>
    /// The colleagues the claimed task could be handed to now: able to sign in, holding its role, not its holder and not
    /// barred from its step by separation of duties (the engine's <c>not-by</c>). Empty when the task is not open and claimed.
    /// </summary>
    public async Task<IReadOnlyList<Colleague>> TransferCandidatesAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is not { State: WorkTaskState.Open, ClaimedBy: { } holder }) return [];
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == task.ApplicationId, cancellationToken);
        if (!catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var workflow)) return [];
        var state = InstanceStateJson.Read(application.InstanceState);
        var colleagues = await Colleagues.HoldingAsync(db, task.CandidateRole, overdueRule.Now, cancellationToken);
        return colleagues.Where(c => !c.Locked && c.UserName != holder
            && engine.WhyNotWorkOn(workflow.Compiled, state, task.Step, c.ToActor()) is null).ToList();
    }

    /// <summary>Who holds open claimed tasks now, with how many, by user name.</summary>
    public async Task<IReadOnlyList<TaskHolder>> TaskHoldersAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.WorkTasks.AsNoTracking().Where(t => t.State == WorkTaskState.Open && t.ClaimedBy != null)
            .GroupBy(t => t.ClaimedBy!).Select(g => new { UserName = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.UserName, StringComparer.Ordinal).Select(r => new TaskHolder(r.UserName, r.Count)).ToList();
    }

    /// <summary>Every member of staff who can sign in now, by user name: whom a manager may reassign to.</summary>
    public async Task<IReadOnlyList<Colleague>> ActiveColleaguesAsync(CancellationToken cancellationToken = default) =>
        (await Colleagues.AllAsync(db, overdueRule.Now, cancellationToken)).Where(c => !c.Locked).ToList();

    /// <summary>The receipt number and workflow version of each application, by id: what a list of tasks names them by.</summary>
    public async Task<IReadOnlyDictionary<Guid, ApplicationHead>> HeadsAsync(IReadOnlyCollection<Guid> applicationIds,
        CancellationToken cancellationToken = default) =>
        await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id))
            .Select(a => new ApplicationHead(a.Id, a.ReceiptNumber, a.WorkflowId, a.WorkflowVersion))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
}
