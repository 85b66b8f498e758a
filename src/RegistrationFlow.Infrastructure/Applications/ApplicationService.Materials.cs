using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Applications;

public sealed partial class ApplicationService
{
    /// <summary>
    /// 收件 before 受理: the clerk records which materials have been received (the whole list, replacing the one given at
    /// intake), so an application recorded with a material missing can be accepted once it arrives. After acceptance,
    /// only materials accepted as owed (容缺) are recorded here — the engine marks them supplied and, once none is owed,
    /// cancels the reminder and escalation; other materials arrive through the supplement (补正) actions. One write unit
    /// with its audit record.
    /// </summary>
    public async Task<ActResult> RecordMaterialsAsync(Guid applicationId, long expectedRowVersion, IReadOnlyList<string>? materials, StaffMember by,
        CancellationToken cancellationToken = default)
    {
        if (!by.Holds(RoleNames.Clerk))
            return new ActResult.Refused(new Core.Runtime.Refusal(Core.Runtime.RefusalCode.NotYourRole,
                LocalizedText.Of("收件由窗口受理人员登记。", "Materials are recorded by the counter clerk."), RoleNames.Clerk));
        try
        {
            return await transactions.RunAsync<ActResult>(async (write, ct) =>
            {
                var application = await write.LockAndReadApplicationAsync(applicationId, ct);
                if (application is null) return new ActResult.NotFound();
                if (application.RowVersion != expectedRowVersion) return new ActResult.Stale(application.RowVersion);
                var workflow = Pinned(application);
                var definition = workflow.Definition;
                var known = definition.Materials.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
                var received = (materials ?? []).Select(m => m?.Trim() ?? "").ToList();
                var unknown = received.Select((id, index) => (id, index)).Where(x => !known.Contains(x.id)).ToList();
                if (unknown.Count > 0)
                    return new ActResult.Invalid(unknown.Select(x => new FieldError($"materials[{x.index}]", "unknown-material", LocalizedText.Of(
                        $"本业务没有“{x.id}”这项材料。", $"This workflow has no material '{x.id}'."))).ToList());
                var state = InstanceStateJson.Read(application.InstanceState);
                if (state.Clock.AcceptedAt is not null)
                {
                    if (state.Owed is not { IsOutstanding: true })
                        return new ActResult.Conflict(LocalizedText.Of(
                            "申请已受理：此后收到的材料请以补正登记。", "The application has been accepted: materials that arrive now are recorded as a supplement."));
                    return await SupplyOwedAsync(write, application, workflow, state, received, by, ct);
                }
                application.Materials = definition.Materials.Select(m => m.Id).Where(received.Contains).ToList();
                application.Data = ApplicationData.For(application);
                await write.Audit.AppendAsync(new AuditEntry(by.UserName, RoleNames.Clerk, ApplicationAuditActions.MaterialsRecorded, application.Id,
                    FromStep: StepsOf(application), Detail: new { materials = application.Materials }), ct);
                await write.Db.SaveChangesAsync(ct);
                return new ActResult.Done(application);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node committed a change to this application meanwhile (PostgreSQL).
            return new ActResult.Conflict(LocalizedText.Of(
                "他人已先处理了该申请，请刷新后查看。", "Someone else acted on this application first; reload it to see what changed."));
        }
    }

    private async Task<ActResult> SupplyOwedAsync(WriteScope write, Persistence.Entities.Application application, Workflows.CatalogEntry workflow,
        Core.Runtime.InstanceState state, IReadOnlyList<string> received, StaffMember by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = engine.SupplyOwed(workflow.Compiled, state, received, now);
        if (result is Core.Runtime.EngineResult.Refused refused) return new ActResult.Refused(refused.Refusal);
        var accepted = (Core.Runtime.EngineResult.Accepted)result;
        var supplied = accepted.Effects.OfType<Core.Runtime.OwedMaterialsSupplied>().Single();
        var fromSteps = StepsOf(application);
        application.Materials = workflow.Definition.Materials.Select(m => m.Id)
            .Where(id => application.Materials.Contains(id) || supplied.Ids.Contains(id)).ToList();
        application.Data = ApplicationData.For(application);
        await write.Effects.ApplyAsync(application, accepted.State, accepted.Effects, by.UserName, now, cancellationToken);
        await write.Audit.AppendAsync(new AuditEntry(by.UserName, RoleNames.Clerk, ApplicationAuditActions.OwedMaterialsSupplied, application.Id,
            FromStep: fromSteps, ToStep: StepsOf(application), Detail: new { supplied = supplied.Ids, stillOwed = supplied.StillOwed }), cancellationToken);
        await write.Db.SaveChangesAsync(cancellationToken);
        return new ActResult.Done(application);
    }
}
