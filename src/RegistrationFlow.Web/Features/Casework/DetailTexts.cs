using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;

namespace RegistrationFlow.Web.Features.Casework;

internal static class DetailTexts
{
    public static readonly LocalizedText Title = LocalizedText.Of("申请详情", "Application");
    public static readonly LocalizedText Actions = LocalizedText.Of("办理", "Actions");
    public static readonly LocalizedText NoActions = LocalizedText.Of("您现在没有可办理的操作。", "There is nothing for you to do on it now.");
    public static readonly LocalizedText NotOffered = LocalizedText.Of(
        "服务器目前未向您提供此操作；点击可查看服务器给出的原因。", "The server does not offer you this action now; click to see its reason.");
    public static readonly LocalizedText Confirm = LocalizedText.Of("确认", "Confirm");
    public static readonly LocalizedText Cancel = LocalizedText.Of("取消", "Cancel");
    public static readonly LocalizedText Timeline = LocalizedText.Of("办理记录", "Timeline");
    public static readonly LocalizedText Who = LocalizedText.Of("办理人", "Who");
    public static readonly LocalizedText When = LocalizedText.Of("时间", "When");
    public static readonly LocalizedText What = LocalizedText.Of("操作", "What");
    public static readonly LocalizedText FromTo = LocalizedText.Of("环节", "Step");
    public static readonly LocalizedText Note = LocalizedText.Of("说明", "Note");
    public static readonly LocalizedText ShowIds = LocalizedText.Of("显示完整证件号码", "Show full ID numbers");
    public static readonly LocalizedText HideIds = LocalizedText.Of("隐藏证件号码", "Hide ID numbers");
    public static readonly LocalizedText Receipt = LocalizedText.Of("回执", "Receipt");
    public static readonly LocalizedText Task = LocalizedText.Of("任务", "Task");
    public static readonly LocalizedText Unclaimed = LocalizedText.Of("未领取", "not claimed");
    public static LocalizedText Done(LocalizedText action) => LocalizedText.Of($"已办理：{action.ZhCn}。", $"Done: {action.EnUs}.");
    public static readonly LocalizedText CommentOptional = LocalizedText.Of("意见（可选）", "Comment (optional)");

    public static LocalizedText AuditAction(string action) => action switch
    {
        ApplicationAuditActions.Created => LocalizedText.Of("登记申请", "Recorded"),
        ApplicationAuditActions.Claimed => LocalizedText.Of("领取任务", "Claimed the task"),
        ApplicationAuditActions.SeparationOfDutiesRefused => LocalizedText.Of("一岗双责：操作被拒绝", "Refused: separation of duties"),
        ApplicationAuditActions.DeadlineWarning => LocalizedText.Of("即将超时提醒", "Deadline warning"),
        ApplicationAuditActions.Escalated => LocalizedText.Of("超时，已上报", "Overdue, escalated"),
        ApplicationAuditActions.CertificateReady => LocalizedText.Of("证书可领取", "Certificate ready"),
        ApplicationAuditActions.SupplementExpired => LocalizedText.Of("补正期满，视为撤回", "Supplement period over: withdrawn"),
        _ => LocalizedText.Of(action, action),
    };
}
