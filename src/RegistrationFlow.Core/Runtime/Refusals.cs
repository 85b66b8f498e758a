using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Runtime;

/// <summary>
/// The bilingual messages of every refusal, in one place; public so the host gives the same refusal where it checks
/// before the engine would (the counter's accept with a material missing).
/// </summary>
public static class Refusals
{
    public static Refusal InstanceEnded(EndOutcome? outcome) => new(RefusalCode.InstanceEnded,
        new LocalizedText($"该申请已办结（{OutcomeZh(outcome)}），不能再办理。",
            $"This application has ended ({OutcomeEn(outcome)}); no further action is possible."),
        outcome?.ToString());

    public static Refusal UnknownAction(string action) => new(RefusalCode.UnknownAction,
        new LocalizedText($"本流程没有“{action}”操作。", $"This workflow has no action '{action}'."), action);

    public static Refusal StepNotOpen(string action) => new(RefusalCode.StepNotOpen,
        new LocalizedText($"申请当前不在可以办理“{action}”的环节。", $"The application is not at a step where '{action}' can be taken."),
        action);

    public static Refusal NotYourRole(CompiledStep step, string role) => new(RefusalCode.NotYourRole,
        new LocalizedText($"“{step.Title.ZhCn}”环节须由{RoleZh(role)}办理。", $"The step '{step.Title.EnUs}' is done by the {role} role."),
        role);

    public static Refusal NotYourRoleToWithdraw(string role) => new(RefusalCode.NotYourRole,
        new LocalizedText($"撤回须由{RoleZh(role)}办理。", $"Withdrawal is done by the {role} role."), role);

    public static Refusal SeparationOfDuties(CompiledStep step, CompiledStep earlier) => new(RefusalCode.SeparationOfDuties,
        new LocalizedText(
            $"您已办理本申请的“{earlier.Title.ZhCn}”环节，按不相容岗位分离规定不得再办理“{step.Title.ZhCn}”环节。",
            $"You acted on the step '{earlier.Title.EnUs}' of this application; separation of duties forbids you to act on '{step.Title.EnUs}'."),
        earlier.Id);

    public static Refusal NothingToRecall() => new(RefusalCode.NothingToRecall, new LocalizedText(
        "本申请最近一次办理的操作不能撤回（流程未将其定义为可撤回）。", "The application's last action cannot be taken back: the workflow does not mark it recallable."));

    public static Refusal RecallNotYours(Visit last) => new(RefusalCode.RecallNotYours, new LocalizedText(
        "只有办理人本人可以撤回：本申请最近一次操作不是您办理的。", "Only the person who took the last action may take it back, and it was not you."), last.ActorId);

    public static Refusal RecallTooLate(CompiledStep next) => new(RefusalCode.RecallTooLate, new LocalizedText(
        $"“{next.Title.ZhCn}”环节已有人领取或办理，不能再撤回。", $"The step '{next.Title.EnUs}' has been taken up since; it is too late to take the action back."), next.Id);

    public static Refusal GuardFalse(CompiledAction action, string source) => new(RefusalCode.GuardFalse,
        new LocalizedText($"本申请不满足“{action.Title.ZhCn}”的办理条件。", $"This application does not meet the condition of '{action.Title.EnUs}'."),
        source);

    public static Refusal GuardFailed(CompiledAction action, string error) => new(RefusalCode.GuardFailed,
        new LocalizedText($"“{action.Title.ZhCn}”的办理条件无法计算，请联系管理员。",
            $"The condition of '{action.Title.EnUs}' could not be evaluated; please tell an administrator."),
        error);

    public static Refusal RequiredFieldsMissing(IReadOnlyList<string> fields)
    {
        var zh = new string[fields.Count];
        for (var i = 0; i < fields.Count; i++) zh[i] = FieldZh(fields[i]);
        return new Refusal(RefusalCode.RequiredFieldMissing,
            new LocalizedText($"请填写：{string.Join("、", zh)}。", $"Please fill in: {string.Join(", ", fields)}."),
            string.Join(",", fields));
    }

    public static Refusal RequiredMaterialsMissing(IReadOnlyList<Definitions.MaterialSpec> missing, Definitions.WorkflowDefinition definition)
    {
        var zh = string.Join("、", missing.Select(m => Definitions.DefinitionTitles.MaterialTitle(definition, m.Id).ZhCn));
        var en = string.Join(", ", missing.Select(m => Definitions.DefinitionTitles.MaterialTitle(definition, m.Id).EnUs));
        return new Refusal(RefusalCode.RequiredMaterialMissing,
            new LocalizedText($"必交材料未收齐，不能受理：{zh}。", $"Required materials have not been received, so the application cannot be accepted: {en}."),
            string.Join(",", missing.Select(m => m.Id)));
    }

    public static Refusal PromiseDateMissing(IReadOnlyList<Definitions.MaterialSpec> owed, Definitions.WorkflowDefinition definition)
    {
        var (zh, en) = MaterialTitles(owed.Select(m => m.Id), definition);
        return new Refusal(RefusalCode.PromiseDateMissing,
            new LocalizedText($"以下材料可容缺受理，但须填写申请人承诺补交的日期：{zh}。",
                $"These materials may be owed (容缺), but the date the applicant promises to supply them is required: {en}."),
            string.Join(",", owed.Select(m => m.Id)));
    }

    public static Refusal PromiseDateInvalid(DateOnly promised, DateOnly earliest, DateOnly latest) => new(RefusalCode.PromiseDateInvalid,
        new LocalizedText($"承诺补交日期 {promised:yyyy-MM-dd} 不可用：须为 {earliest:yyyy-MM-dd} 至 {latest:yyyy-MM-dd} 之间的工作日。",
            $"The promise date {promised:yyyy-MM-dd} cannot be used: it must be a working day from {earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd}."),
        $"{earliest:yyyy-MM-dd}..{latest:yyyy-MM-dd}");

    public static Refusal OwedMaterialsOutstanding(IReadOnlyList<string> ids, DateOnly promisedBy, Definitions.WorkflowDefinition definition)
    {
        var (zh, en) = MaterialTitles(ids, definition);
        return new Refusal(RefusalCode.OwedMaterialOutstanding,
            new LocalizedText($"容缺材料尚未补齐，不能登簿：{zh}（承诺 {promisedBy:yyyy-MM-dd} 前补交）。",
                $"Materials accepted as owed have not been supplied yet, so the application cannot be registered: {en} (promised by {promisedBy:yyyy-MM-dd})."),
            string.Join(",", ids));
    }

    public static Refusal NothingOwed() => new(RefusalCode.NothingOwed,
        new LocalizedText("该申请没有待补交的容缺材料。", "This application owes no materials."));

    private static (string Zh, string En) MaterialTitles(IEnumerable<string> ids, Definitions.WorkflowDefinition definition)
    {
        var list = ids.ToList();
        return (string.Join("、", list.Select(id => Definitions.DefinitionTitles.MaterialTitle(definition, id).ZhCn)),
            string.Join(", ", list.Select(id => Definitions.DefinitionTitles.MaterialTitle(definition, id).EnUs)));
    }

    public static Refusal AlreadyRegistered() => new(RefusalCode.AlreadyRegistered,
        new LocalizedText("该申请已登簿，不能撤回。", "This application has been recorded in the register (登簿); it can no longer be withdrawn."));

    public static Refusal CalendarNotCovered(Calendar.CalendarNotCoveredException e) => new(RefusalCode.CalendarNotCovered,
        new LocalizedText($"工作日历没有 {e.Date:yyyy-MM-dd} 的节假日数据，无法计算办理期限，请联系管理员更新日历。",
            $"The business calendar has no holiday data for {e.Date:yyyy-MM-dd}, so the deadline cannot be computed; please ask an administrator to update it."),
        e.Message);

    public static string FieldZh(string field) => field switch
    {
        Vocabulary.Fields.Reason => "理由",
        Vocabulary.Fields.MissingMaterials => "需补正的材料",
        Vocabulary.Fields.ReceivedMaterials => "已收到的材料",
        Vocabulary.Fields.Comment => "意见",
        _ => field,
    };

    public static string RoleZh(string role) => role switch
    {
        "clerk" => "窗口受理人员",
        "reviewer" => "审核人员",
        "approver" => "核准/登簿人员",
        "manager" => "科室负责人",
        "admin" => "系统管理员",
        _ => role,
    };

    public static string OutcomeZh(EndOutcome? outcome) => outcome switch
    {
        EndOutcome.Completed => "已办结",
        EndOutcome.Refused => "不予登记",
        EndOutcome.NotAccepted => "不予受理",
        EndOutcome.Withdrawn => "已撤回",
        _ => "已结束",
    };

    public static string OutcomeEn(EndOutcome? outcome) => outcome switch
    {
        EndOutcome.Completed => "completed",
        EndOutcome.Refused => "registration refused",
        EndOutcome.NotAccepted => "not accepted",
        EndOutcome.Withdrawn => "withdrawn",
        _ => "ended",
    };
}
