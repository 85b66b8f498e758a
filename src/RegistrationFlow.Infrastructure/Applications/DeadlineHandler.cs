using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// Fires a deadline row in one write unit: re-reads it, and when it is pending and due, claims it (pending → fired by a
/// conditional update on its row version, at the real instant), lets the engine act and applies the effects like a user
/// action. Of two nodes racing for one row exactly one claims it; a node that dies mid-fire never commits, and the row
/// stays pending for another.
/// </summary>
public sealed class DeadlineHandler(
    ITransactionRunner transactions,
    WorkflowCatalog catalog,
    WorkflowEngine engine,
    DeadlinePump pump,
    TimeProvider time,
    ILogger<DeadlineHandler> logger) : IDeadlineHandler
{
    private const int Attempts = 3;

    public async Task<DeadlineOutcome> HandleAsync(Guid deadlineId, CancellationToken cancellationToken)
    {
        // On PostgreSQL a user action on the same application may commit between our read and write; then read again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (outcome, changes) = await transactions.RunAsync((write, ct) => FireAsync(write, deadlineId, ct), cancellationToken);
                pump.Expect(changes);
                return outcome;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                logger.LogDebug("Deadline {DeadlineId}: the application changed meanwhile; reading it again.", deadlineId);
            }
        }
    }

    private async Task<(DeadlineOutcome, DeadlineChanges)> FireAsync(WriteScope write, Guid deadlineId, CancellationToken cancellationToken)
    {
        var db = write.Db;
        var deadline = await db.Deadlines.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deadlineId, cancellationToken);
        if (deadline is null) return (DeadlineOutcome.NotFound, DeadlineChanges.None);
        if (deadline.State != DeadlineState.Pending) return (DeadlineOutcome.AlreadyDone, DeadlineChanges.None);
        var now = time.GetUtcNow();
        if (now < deadline.DueAt) return (DeadlineOutcome.TooEarly, DeadlineChanges.None);
        await write.LockApplicationAsync(deadline.ApplicationId, cancellationToken);

        var marked = await db.Deadlines
            .Where(d => d.Id == deadlineId && d.RowVersion == deadline.RowVersion && d.State == DeadlineState.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeadlineState.Fired)
                .SetProperty(d => d.FiredAt, now)
                .SetProperty(d => d.RowVersion, d => d.RowVersion + 1), cancellationToken);
        if (marked == 0) return (DeadlineOutcome.AlreadyDone, DeadlineChanges.None); // another node fired it first

        var application = await db.Applications.SingleAsync(a => a.Id == deadline.ApplicationId, cancellationToken);
        if (!catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var workflow))
            throw new InvalidOperationException($"Workflow {application.WorkflowId} v{application.WorkflowVersion} is not in the catalog.");
        var state = InstanceStateJson.Read(application.InstanceState);
        var result = engine.OnDeadline(workflow.Compiled, state, deadline.Kind, now).AcceptedOrThrow();
        if (result.State.Revision == state.Revision) return (DeadlineOutcome.Fired, DeadlineChanges.None);

        var fromSteps = ApplicationService.StepsOf(application);
        var changes = await write.Effects.ApplyAsync(application, result.State, result.Effects, StaffMember.System.UserName, now, cancellationToken);
        await write.Audit.AppendAsync(new AuditEntry(StaffMember.System.UserName, null, AuditActionFor(deadline.Kind), application.Id,
            fromSteps, ApplicationService.StepsOf(application),
            Detail: new { deadlineId, dueAt = deadline.DueAt, firedAt = now }), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (DeadlineOutcome.Fired, changes);
    }

    private static string AuditActionFor(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Warning => ApplicationAuditActions.DeadlineWarning,
        DeadlineKind.Breach => ApplicationAuditActions.Escalated,
        DeadlineKind.CertificateReady => ApplicationAuditActions.CertificateReady,
        DeadlineKind.OwedMaterialReminder => ApplicationAuditActions.OwedMaterialReminder,
        DeadlineKind.OwedMaterialOverdue => ApplicationAuditActions.OwedMaterialOverdue,
        _ => ApplicationAuditActions.SupplementExpired,
    };
}
