using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>撤回: taking back one's own last action while the step it entered is untouched.</summary>
public sealed partial class ApplicationService
{
    /// <summary>
    /// Takes back the application's last action as <paramref name="by"/>, if <paramref name="expectedRowVersion"/> is still
    /// current. The engine decides (<see cref="WorkflowEngine.Recall"/>); the claims it needs to know of are read here, under
    /// the application's lock, so a claim cannot slip in between. The step the action left opens again with a new task
    /// claimed by the person who recalled it: they took it back to work on it. Refusals write nothing.
    /// </summary>
    public async Task<ActResult> RecallAsync(Guid applicationId, long expectedRowVersion, StaffMember by, CancellationToken cancellationToken = default)
    {
        try
        {
            return await transactions.RunAsync(async (write, ct) =>
            {
                var application = await write.LockAndReadApplicationAsync(applicationId, ct);
                if (application is null) return new ActResult.NotFound();
                if (application.RowVersion != expectedRowVersion) return new ActResult.Stale(application.RowVersion);
                var workflow = Pinned(application);
                var state = InstanceStateJson.Read(application.InstanceState);
                var openTasks = await write.Effects.OpenTasksAsync(application.Id, ct);
                var now = time.GetUtcNow();

                var result = engine.Recall(workflow.Compiled, state, by.ToActor(), ClaimedSteps(openTasks), now);
                if (result is EngineResult.Refused refused) return new ActResult.Refused(refused.Refusal);
                var accepted = (EngineResult.Accepted)result;
                var recalled = state.Visits[^1];
                var fromSteps = StepsOf(application);
                await write.Effects.ApplyAsync(application, accepted.State, accepted.Effects, by.UserName, now, ct, openTasks);
                if (openTasks.FirstOrDefault(t => t.Step == recalled.StepId && t.ClaimedBy == null) is { } reopened)
                {
                    reopened.ClaimedBy = by.UserName;
                    reopened.ClaimedAt = now;
                }
                await write.Audit.AppendAsync(new AuditEntry(by.UserName, workflow.Compiled.FindStep(recalled.StepId)?.Role, ApplicationAuditActions.Recalled,
                    application.Id, fromSteps, StepsOf(application), Detail: new { recalled = recalled.Action, takenAt = recalled.At }), ct);
                await write.Db.SaveChangesAsync(ct);
                return (ActResult)new ActResult.Done(application);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ActResult.Conflict(LocalizedText.Of(
                "他人已先处理了该申请，请刷新后查看。", "Someone else acted on this application first; reload it to see what changed."));
        }
    }

    internal static HashSet<string> ClaimedSteps(IEnumerable<WorkTask> openTasks) =>
        openTasks.Where(t => t.ClaimedBy is not null).Select(t => t.Step).ToHashSet(StringComparer.Ordinal);
}
