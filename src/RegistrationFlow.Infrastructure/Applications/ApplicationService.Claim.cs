using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

public sealed partial class ApplicationService
{
    /// <summary>
    /// Claims an open task for <paramref name="by"/>: a conditional update that succeeds only while the task is open and
    /// unclaimed (or already the caller's), so of two people claiming at once exactly one gets it.
    /// </summary>
    public async Task<ClaimResult> ClaimTaskAsync(Guid taskId, StaffMember by, CancellationToken cancellationToken = default)
    {
        var task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null) return new ClaimResult.NotFound();
        if (!by.Holds(task.CandidateRole)) return new ClaimResult.NotYourRole(task.CandidateRole);
        if (task.State != WorkTaskState.Open)
            return new ClaimResult.Conflict(LocalizedText.Of("该任务已办结。", "This task is already done."));
        if (task.ClaimedBy is { } holder && holder != by.UserName)
            return new ClaimResult.Conflict(LocalizedText.Of($"该任务已由 {holder} 领取。", $"This task is already claimed by {holder}."));
        if (task.ClaimedBy == by.UserName) return new ClaimResult.Claimed(task);

        var claimed = await transactions.RunAsync(async (write, ct) =>
        {
            await write.LockApplicationAsync(task.ApplicationId, ct);
            var now = time.GetUtcNow();
            var rows = await write.Db.WorkTasks
                .Where(t => t.Id == taskId && t.RowVersion == task.RowVersion && t.State == WorkTaskState.Open && t.ClaimedBy == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.ClaimedBy, by.UserName)
                    .SetProperty(t => t.ClaimedAt, now)
                    .SetProperty(t => t.RowVersion, t => t.RowVersion + 1), ct);
            if (rows == 0) return false;
            await write.Audit.AppendAsync(new AuditEntry(by.UserName, task.CandidateRole, ApplicationAuditActions.Claimed, task.ApplicationId,
                FromStep: task.Step, Detail: new { taskId }), ct);
            await write.Db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
        if (!claimed)
            return new ClaimResult.Conflict(LocalizedText.Of("该任务刚被他人领取或办结。", "Someone else has just claimed or completed this task."));
        return new ClaimResult.Claimed(await db.WorkTasks.AsNoTracking().SingleAsync(t => t.Id == taskId, cancellationToken));
    }
}
