using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Web.Components.Shared;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>What the application service answered, as a message for the person: its own words, with a plain title.</summary>
public static class Outcomes
{
    public static readonly LocalizedText RefusedTitle = LocalizedText.Of("服务器拒绝了此操作", "The server refused this action");
    public static readonly LocalizedText SeparationTitle = LocalizedText.Of("不相容岗位分离：不能由同一人办理", "Separation of duties");
    public static readonly LocalizedText ConflictTitle = LocalizedText.Of("他人已先处理", "Someone else was faster");
    public static readonly LocalizedText StaleText = LocalizedText.Of(
        "这件申请在您打开后已被他人更新，页面已刷新为最新状态，请核对后再操作。",
        "This application changed after you opened it; the page now shows its current state. Check it and try again.");
    public static readonly LocalizedText NotFoundText = LocalizedText.Of("没有这件申请。", "There is no such application.");
    public static readonly LocalizedText Refreshed = LocalizedText.Of("页面已刷新为最新状态。", "The page now shows the current state.");

    public static UiMessage? Of(ActResult result) => result switch
    {
        ActResult.Done => null,
        ActResult.NotFound => UiMessage.Error(NotFoundText),
        ActResult.Stale => UiMessage.Error(StaleText, ConflictTitle),
        ActResult.Conflict conflict => UiMessage.Error(conflict.Message, ConflictTitle),
        ActResult.Refused refused => Of(refused.Refusal),
        _ => UiMessage.Error(LocalizedText.Of("未知结果。", "Unknown result.")),
    };

    public static UiMessage Of(Refusal refusal) => UiMessage.Error(refusal.Message,
        refusal.Code == RefusalCode.SeparationOfDuties ? SeparationTitle : RefusedTitle);

    public static UiMessage? Of(TransferResult result) => result switch
    {
        TransferResult.Transferred => null,
        TransferResult.NotFound => UiMessage.Error(LocalizedText.Of("任务已不存在。", "The task no longer exists.")),
        TransferResult.NotHolder notHolder => UiMessage.Error(LocalizedText.Of(
            $"该任务由 {notHolder.Holder} 领取：只有领取人或科室负责人可以转办。", $"This task is claimed by {notHolder.Holder}: only they or a manager may transfer it."), RefusedTitle),
        TransferResult.Conflict conflict => UiMessage.Error(conflict.Message, ConflictTitle),
        TransferResult.Invalid invalid => UiMessage.Error(LocalizedText.Of(
            string.Join(" ", invalid.Errors.Select(e => e.Message.ZhCn)), string.Join(" ", invalid.Errors.Select(e => e.Message.EnUs))), RefusedTitle),
        _ => null,
    };

    public static UiMessage? Of(ClaimResult result) => result switch
    {
        ClaimResult.Claimed => null,
        ClaimResult.NotFound => UiMessage.Error(LocalizedText.Of("任务已不存在（可能已办结）。", "The task no longer exists (it may be done).")),
        ClaimResult.NotYourRole notYours => UiMessage.Error(LocalizedText.Of(
            $"此任务需要“{notYours.Role}”角色。", $"This task needs the role '{notYours.Role}'."), RefusedTitle),
        ClaimResult.Conflict conflict => UiMessage.Error(conflict.Message, ConflictTitle),
        _ => null,
    };
}
