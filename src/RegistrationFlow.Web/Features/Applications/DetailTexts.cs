using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Applications;

internal static class DetailTexts
{
    public static readonly LocalizedText Title = ZhEn("申请详情", "Application");
    public static readonly LocalizedText Actions = ZhEn("办理", "Actions");
    public static readonly LocalizedText NoActions = ZhEn("您现在没有可办理的操作。", "There is nothing for you to do on it now.");
    public static readonly LocalizedText NotOffered = ZhEn(
        "服务器目前未向您提供此操作；点击可查看服务器给出的原因。", "The server does not offer you this action now; click to see its reason.");
    public static readonly LocalizedText Confirm = ZhEn("确认", "Confirm");
    public static readonly LocalizedText Cancel = ZhEn("取消", "Cancel");
    public static readonly LocalizedText Timeline = ZhEn("办理记录", "Timeline");
    public static readonly LocalizedText Who = ZhEn("办理人", "Who");
    public static readonly LocalizedText When = ZhEn("时间", "When");
    public static readonly LocalizedText What = ZhEn("操作", "What");
    public static readonly LocalizedText FromTo = ZhEn("环节", "Step");
    public static readonly LocalizedText Note = ZhEn("说明", "Note");
    public static readonly LocalizedText ShowIds = ZhEn("显示完整证件号码", "Show full ID numbers");
    public static readonly LocalizedText HideIds = ZhEn("隐藏证件号码", "Hide ID numbers");
    public static readonly LocalizedText Receipt = ZhEn("回执", "Receipt");
    public static readonly LocalizedText SupplementNotice = ZhEn("补正通知书", "Supplement notice");
    public static readonly LocalizedText RefusalNotice = ZhEn("不予登记告知书", "Refusal notice");
    public static readonly LocalizedText PickupSheet = ZhEn("领证签收单", "Collection receipt");
    public static readonly LocalizedText Task = ZhEn("任务", "Task");
    public static readonly LocalizedText Unclaimed = ZhEn("未领取", "not claimed");
    public static LocalizedText Recall(LocalizedText action) => ZhEn($"撤回“{action.ZhCn}”", $"Take back '{action.EnUs}'");
    public static readonly LocalizedText RecallHint = ZhEn(
        "下一环节尚未有人领取，您可以撤回刚才的办理。", "Nobody has taken up the next step yet: you may take back what you just did.");
    public static LocalizedText Recalled(LocalizedText action) => ZhEn($"已撤回“{action.ZhCn}”。", $"Took back '{action.EnUs}'.");
    public static readonly LocalizedText SeparationTitle = ZhEn("不相容岗位分离：", "Separation of duties:");
    public static readonly LocalizedText Transfer = ZhEn("转办", "Transfer");
    public static readonly LocalizedText TransferTo = ZhEn("转办给", "Hand to");
    public static readonly LocalizedText ChooseColleague = ZhEn("请选择同事", "Choose a colleague");
    public static readonly LocalizedText TransferReason = ZhEn("转办理由", "Reason");
    public static readonly LocalizedText NoColleague = ZhEn(
        "没有可转办的同事：须为同岗位、账号未锁定，且不受不相容岗位分离限制。",
        "No colleague can take it: they must hold the same role, be able to sign in and not be barred by separation of duties.");
    public static LocalizedText Transferred(string to) => ZhEn($"已转办给 {to}。", $"Handed to {to}.");
    public static LocalizedText Done(LocalizedText action) => ZhEn($"已办理：{action.ZhCn}。", $"Done: {action.EnUs}.");
    public static readonly LocalizedText CommentOptional = ZhEn("意见（可选）", "Comment (optional)");

    public static LocalizedText AuditAction(string action) => action switch
    {
        ApplicationAuditActions.Created => ZhEn("登记申请", "Recorded"),
        ApplicationAuditActions.Claimed => ZhEn("领取任务", "Claimed the task"),
        ApplicationAuditActions.TaskTransferred => ZhEn("转办", "Transferred the task"),
        ApplicationAuditActions.Recalled => ZhEn("撤回办理", "Took the last action back"),
        ApplicationAuditActions.MaterialsRecorded => ZhEn("登记收件", "Recorded the materials received"),
        ApplicationAuditActions.SeparationOfDutiesRefused => ZhEn("不相容岗位分离：操作被拒绝", "Refused: separation of duties"),
        ApplicationAuditActions.DeadlineWarning => ZhEn("即将超时提醒", "Deadline warning"),
        ApplicationAuditActions.Escalated => ZhEn("超时，已上报", "Overdue, escalated"),
        ApplicationAuditActions.CertificateReady => ZhEn("证书可领取", "Certificate ready"),
        ApplicationAuditActions.SupplementExpired => ZhEn("补正期满，视为撤回", "Supplement period over: withdrawn"),
        RegistrationFlow.Infrastructure.Calendar.PromiseRecalculator.AuditAction => ZhEn("按国务院放假安排顺延承诺时间", "Promise moved by the holiday notice"),
        _ => ZhEn(action, action),
    };
}
