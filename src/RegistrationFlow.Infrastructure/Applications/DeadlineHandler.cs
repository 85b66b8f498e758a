using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// Fires a deadline row: re-reads it, and when it is pending and due, lets the engine act and applies the effects like a
/// user action, marking the row fired at the real instant — in one transaction. The row is marked with a conditional
/// update on its row version, so of two jobs racing for one row exactly one acts.
/// </summary>
public sealed class DeadlineHandler(
    RegistrationDbContext db,
    WorkflowCatalog catalog,
    WorkflowEngine engine,
    EffectApplier effects,
    AuditTrail audit,
    DeadlineJobs jobs,
    TimeProvider time,
    ILogger<DeadlineHandler> logger) : IDeadlineHandler
{
    private const int Attempts = 3;

    public async Task<DeadlineOutcome> HandleAsync(Guid deadlineId, CancellationToken cancellationToken)
    {
        // A user action on the same application may commit between our read and write; then read again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryHandleAsync(deadlineId, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                logger.LogDebug("Deadline {DeadlineId}: the application changed meanwhile; reading it again.", deadlineId);
            }
        }
    }

    private async Task<DeadlineOutcome> TryHandleAsync(Guid deadlineId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var deadline = await db.Deadlines.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deadlineId, cancellationToken);
        if (deadline is null) return DeadlineOutcome.NotFound;
        if (deadline.State != DeadlineState.Pending) return DeadlineOutcome.AlreadyDone;
        var now = time.GetUtcNow();
        if (now < deadline.DueAt) return DeadlineOutcome.TooEarly;

        var application = await db.Applications.SingleAsync(a => a.Id == deadline.ApplicationId, cancellationToken);
        if (!catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var workflow))
            throw new InvalidOperationException($"Workflow {application.WorkflowId} v{application.WorkflowVersion} is not in the catalog.");
        var state = InstanceStateJson.Read(application.InstanceState);
        var result = engine.OnDeadline(workflow.Compiled, state, deadline.Kind, now).AcceptedOrThrow();
        var changed = result.State.Revision != state.Revision;
        var fromSteps = ApplicationService.StepsOf(application);

        DeadlineChanges changes = DeadlineChanges.None;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var marked = await db.Deadlines
                .Where(d => d.Id == deadlineId && d.RowVersion == deadline.RowVersion && d.State == DeadlineState.Pending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.State, DeadlineState.Fired)
                    .SetProperty(d => d.FiredAt, now)
                    .SetProperty(d => d.RowVersion, d => d.RowVersion + 1), cancellationToken);
            if (marked == 0) return DeadlineOutcome.AlreadyDone; // another job fired it first; the transaction rolls back
            if (changed)
            {
                changes = await effects.ApplyAsync(application, result.State, result.Effects, StaffMember.System.UserName, now, cancellationToken);
                await audit.AppendAsync(new AuditEntry(StaffMember.System.UserName, null, AuditActionFor(deadline.Kind), application.Id,
                    fromSteps, ApplicationService.StepsOf(application),
                    Detail: new { deadlineId, dueAt = deadline.DueAt, firedAt = now }), cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await jobs.ScheduleAsync(changes, cancellationToken);
        return DeadlineOutcome.Fired;
    }

    private static string AuditActionFor(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Warning => ApplicationAuditActions.DeadlineWarning,
        DeadlineKind.Breach => ApplicationAuditActions.Escalated,
        DeadlineKind.CertificateReady => ApplicationAuditActions.CertificateReady,
        _ => ApplicationAuditActions.SupplementExpired,
    };
}
