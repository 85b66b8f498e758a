using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>转办: handing a claimed task to a colleague of the same role, one task or all of an absent colleague's.</summary>
public sealed partial class ApplicationService
{
    public const int MaxTransferReason = 500;

    /// <summary>
    /// Hands the claimed task to <paramref name="to"/>, by its holder or a manager, with a reason. The colleague must exist,
    /// be able to sign in, hold the task's role and not be barred from its step by separation of duties (the engine's
    /// <c>not-by</c>). One unit: the claim moves by a conditional update, the audit record and the colleague's notice commit with it.
    /// </summary>
    public async Task<TransferResult> TransferTaskAsync(Guid taskId, string? to, string? reason, StaffMember by,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return await transactions.RunAsync((write, ct) => TransferInUnitAsync(write, taskId, null, to, reason, by, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TaskChanged();
        }
    }

    /// <summary>
    /// A manager hands every open task claimed by <paramref name="from"/> to <paramref name="to"/>. Each task goes in a
    /// unit of its own with the same checks as a single transfer, so a task that may not go (another role, separation of
    /// duties, changed meanwhile) stays with <paramref name="from"/> untouched and is listed with its rule.
    /// </summary>
    public async Task<ReassignResult> ReassignTasksAsync(string? from, string? to, string? reason, StaffMember by,
        CancellationToken cancellationToken = default)
    {
        if (!by.Holds(RoleNames.Manager)) return new ReassignResult.NotManager();
        var now = time.GetUtcNow();
        var errors = ReasonErrors(reason);
        Colleague? absent = null;
        if (string.IsNullOrWhiteSpace(from))
            errors.Add(new FieldError("from", "reassign-from-required", LocalizedText.Of("请选择被转办人。", "Choose whose tasks to reassign.")));
        else if ((absent = await Colleagues.FindAsync(db, from, now, cancellationToken)) is null)
            errors.Add(new FieldError("from", "reassign-from-unknown", LocalizedText.Of($"没有用户 {from.Trim()}。", $"There is no user {from.Trim()}.")));
        var target = await TargetAsync(to, errors, now, cancellationToken);
        if (absent is not null && target is not null && absent.UserName == target.UserName)
            errors.Add(new FieldError("to", "transfer-target-is-holder", LocalizedText.Of("转办对象不能是被转办人本人。", "The tasks cannot go to the person who holds them.")));
        if (errors.Count > 0) return new ReassignResult.Invalid(errors);

        var claimed = await db.WorkTasks.AsNoTracking()
            .Where(t => t.State == WorkTaskState.Open && t.ClaimedBy == absent!.UserName)
            .OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var moved = new List<WorkTask>();
        var kept = new List<KeptTask>();
        foreach (var task in claimed)
        {
            var result = await TransferTaskOfAsync(task.Id, absent!.UserName, target!.UserName, reason, by, cancellationToken);
            if (result is TransferResult.Transferred done)
            {
                moved.Add(done.Task);
                continue;
            }
            var (code, message) = result switch
            {
                TransferResult.Invalid invalid => (invalid.Errors[0].Code, invalid.Errors[0].Message),
                TransferResult.Conflict conflict => (conflict.Code, conflict.Message),
                _ => ("task-changed", TaskChanged().Message),
            };
            var receipt = await db.Applications.AsNoTracking().Where(a => a.Id == task.ApplicationId).Select(a => a.ReceiptNumber).SingleAsync(cancellationToken);
            kept.Add(new KeptTask(task, receipt, code, message));
        }
        return new ReassignResult.Done(moved, kept);
    }

    private async Task<TransferResult> TransferTaskOfAsync(Guid taskId, string holder, string to, string? reason, StaffMember by,
        CancellationToken cancellationToken)
    {
        try
        {
            return await transactions.RunAsync((write, ct) => TransferInUnitAsync(write, taskId, holder, to, reason, by, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TaskChanged();
        }
    }

    /// <param name="expectedHolder">For a bulk reassignment: the colleague whose task it must still be.</param>
    private async Task<TransferResult> TransferInUnitAsync(WriteScope write, Guid taskId, string? expectedHolder, string? to, string? reason,
        StaffMember by, CancellationToken cancellationToken)
    {
        var task = await write.Db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null) return new TransferResult.NotFound();
        var application = await write.LockAndReadApplicationAsync(task.ApplicationId, cancellationToken);
        // Read again under the application's lock: an action or a claim on it waits for us, or went first.
        task = await write.Db.WorkTasks.AsNoTracking().SingleAsync(t => t.Id == taskId, cancellationToken);
        if (application is null || task.State != WorkTaskState.Open)
            return new TransferResult.Conflict("task-closed", LocalizedText.Of("该任务已办结，不能转办。", "This task is done; it cannot be transferred."));
        if (task.ClaimedBy is not { } holder)
            return new TransferResult.Conflict("task-not-claimed", LocalizedText.Of(
                "该任务尚未有人领取：领取后才能转办。", "Nobody has claimed this task: only a claimed task can be transferred."));
        if (expectedHolder is not null && holder != expectedHolder) return TaskChanged();
        var byManager = by.UserName != holder;
        if (byManager && !by.Holds(RoleNames.Manager)) return new TransferResult.NotHolder(holder);

        var now = time.GetUtcNow();
        var errors = ReasonErrors(reason);
        var target = await TargetAsync(to, errors, now, cancellationToken);
        var workflow = Pinned(application);
        if (target is not null)
        {
            if (target.UserName == holder)
                errors.Add(new FieldError("to", "transfer-target-is-holder", LocalizedText.Of(
                    $"该任务已由 {holder} 领取，请选择其他同事。", $"The task is already {holder}'s; choose another colleague.")));
            else if (engine.WhyNotWorkOn(workflow.Compiled, InstanceStateJson.Read(application.InstanceState), task.Step, target.ToActor()) is { } why)
            {
                if (TargetError(why, target, workflow.Definition, task) is not { } error) return TaskChanged();
                errors.Add(error);
            }
        }
        if (errors.Count > 0) return new TransferResult.Invalid(errors);

        var rows = await write.Db.WorkTasks
            .Where(t => t.Id == taskId && t.RowVersion == task.RowVersion && t.State == WorkTaskState.Open && t.ClaimedBy == holder)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.ClaimedBy, target!.UserName)
                .SetProperty(t => t.ClaimedAt, now)
                .SetProperty(t => t.RowVersion, t => t.RowVersion + 1), cancellationToken);
        if (rows == 0) return TaskChanged();
        var trimmed = reason!.Trim();
        await write.Audit.AppendAsync(new AuditEntry(by.UserName, byManager ? RoleNames.Manager : task.CandidateRole,
            ApplicationAuditActions.TaskTransferred, application.Id, FromStep: task.Step, ToStep: task.Step,
            Detail: new { taskId, from = holder, to = target!.UserName, reason = trimmed }), cancellationToken);
        write.Db.OutboxNotifications.Add(TransferNotice(application, workflow.Definition, task.Step, by.UserName, target.UserName, trimmed, now));
        await write.Db.SaveChangesAsync(cancellationToken);
        return new TransferResult.Transferred(await write.Db.WorkTasks.AsNoTracking().SingleAsync(t => t.Id == taskId, cancellationToken));
    }

    /// <summary>The colleague named by <paramref name="to"/>, when they exist and can sign in; else an error on <c>to</c>.</summary>
    private async Task<Colleague?> TargetAsync(string? to, List<FieldError> errors, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(to))
        {
            errors.Add(new FieldError("to", "transfer-target-required", LocalizedText.Of("请选择转办给哪位同事。", "Choose the colleague to transfer to.")));
            return null;
        }
        var target = await Colleagues.FindAsync(db, to, now, cancellationToken);
        if (target is null)
            errors.Add(new FieldError("to", "transfer-target-unknown", LocalizedText.Of($"没有用户 {to.Trim()}。", $"There is no user {to.Trim()}.")));
        else if (target.Locked)
            errors.Add(new FieldError("to", "transfer-target-locked", LocalizedText.Of(
                $"{target.UserName} 的账号已锁定，不能接收任务。", $"{target.UserName}'s account is locked; it cannot take tasks.")));
        else return target;
        return null;
    }

    private static List<FieldError> ReasonErrors(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return [new FieldError("reason", "transfer-reason-required", LocalizedText.Of("请填写转办理由。", "Give the reason for the transfer."))];
        if (reason.Trim().Length > MaxTransferReason)
            return [new FieldError("reason", "transfer-reason-too-long", LocalizedText.Of(
                $"转办理由最多 {MaxTransferReason} 个字符。", $"The reason has at most {MaxTransferReason} characters."))];
        return [];
    }

    /// <summary>The engine's reason the colleague may not work on the step, said of them; null when it is about the task, not them.</summary>
    private static FieldError? TargetError(Refusal why, Colleague target, WorkflowDefinition definition, WorkTask task) => why.Code switch
    {
        RefusalCode.NotYourRole => new FieldError("to", "transfer-target-not-in-role", LocalizedText.Of(
            $"{target.UserName} 不在“{task.CandidateRole}”岗位，不能办理“{definition.StepTitle(task.Step).ZhCn}”环节。",
            $"{target.UserName} does not hold the {task.CandidateRole} role of the step '{definition.StepTitle(task.Step).EnUs}'.")),
        RefusalCode.SeparationOfDuties => new FieldError("to", "transfer-target-separation-of-duties", LocalizedText.Of(
            $"{target.UserName} 已办理本申请的“{definition.StepTitle(why.Detail ?? "").ZhCn}”环节，按不相容岗位分离规定不得办理“{definition.StepTitle(task.Step).ZhCn}”环节。",
            $"{target.UserName} acted on the step '{definition.StepTitle(why.Detail ?? "").EnUs}' of this application; separation of duties forbids them '{definition.StepTitle(task.Step).EnUs}'.")),
        _ => null,
    };

    private static TransferResult.Conflict TaskChanged() => new("task-changed", LocalizedText.Of(
        "该任务刚被他人办理、领取或转办，请刷新后查看。", "Someone has just acted on, claimed or transferred this task; reload to see it."));

    /// <summary>The colleague's notice through the outbox, addressed to them by user name.</summary>
    private static OutboxNotification TransferNotice(Application application, WorkflowDefinition definition, string step, string by, string to,
        string reason, DateTimeOffset now)
    {
        var title = definition.StepTitle(step);
        return new OutboxNotification
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            Audience = OutboxNotification.UserAudience,
            Recipient = to,
            Template = ApplicationAuditActions.TaskTransferred,
            TextZhCn = $"{by} 将申请 {application.ReceiptNumber} 的“{title.ZhCn}”任务转办给您，理由：{reason}",
            TextEnUs = $"{by} handed you the '{title.EnUs}' task of application {application.ReceiptNumber}. Reason: {reason}",
            CreatedAt = now,
        };
    }
}
