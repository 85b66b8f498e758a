using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Infrastructure.Applications;

public sealed partial class ApplicationService
{
    /// <summary>
    /// 收件 before 受理: the clerk records which materials have been received (the whole list, replacing the one given at
    /// intake), so an application recorded with a material missing can be accepted once it arrives. After acceptance,
    /// materials arrive through the supplement (补正) actions instead. One write unit with its audit record.
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
                if (InstanceStateJson.Read(application.InstanceState).Clock.AcceptedAt is not null)
                    return new ActResult.Conflict(LocalizedText.Of(
                        "申请已受理：此后收到的材料请以补正登记。", "The application has been accepted: materials that arrive now are recorded as a supplement."));
                var definition = Pinned(application).Definition;
                var known = definition.Materials.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
                var received = (materials ?? []).Select(m => m?.Trim() ?? "").ToList();
                var unknown = received.Select((id, index) => (id, index)).Where(x => !known.Contains(x.id)).ToList();
                if (unknown.Count > 0)
                    return new ActResult.Invalid(unknown.Select(x => new FieldError($"materials[{x.index}]", "unknown-material", LocalizedText.Of(
                        $"本业务没有“{x.id}”这项材料。", $"This workflow has no material '{x.id}'."))).ToList());
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
            return new ActResult.Conflict(LocalizedText.Of(
                "他人已先处理了该申请，请刷新后查看。", "Someone else acted on this application first; reload it to see what changed."));
        }
    }
}
