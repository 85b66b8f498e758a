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
            $"您已办理本申请的“{earlier.Title.ZhCn}”环节，按岗位分离（一岗双责）规定不得再办理“{step.Title.ZhCn}”环节。",
            $"You acted on the step '{earlier.Title.EnUs}' of this application; separation of duties forbids you to act on '{step.Title.EnUs}'."),
        earlier.Id);

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
