using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Features.Worklist;

internal static class WorklistTexts
{
    public static readonly LocalizedText Title = LocalizedText.Of("待办任务", "Worklist");
    public static readonly LocalizedText Intro = LocalizedText.Of(
        "您的角色可办理的任务，最早到期的在前。", "Open tasks for your roles, the one due soonest first.");
    public static readonly LocalizedText AllSteps = LocalizedText.Of("全部环节", "All steps");
    public static readonly LocalizedText AllWorkflows = LocalizedText.Of("全部业务", "All workflows");
    public static readonly LocalizedText OnlyOverdue = LocalizedText.Of("只看超时", "Overdue only");
    public static readonly LocalizedText OnlyMine = LocalizedText.Of("只看我领取的", "Claimed by me only");
    public static readonly LocalizedText SearchPlaceholder = LocalizedText.Of("受理编号", "Receipt number");
    public static readonly LocalizedText Empty = LocalizedText.Of("没有待办任务。", "No open tasks.");
    public static readonly LocalizedText Me = LocalizedText.Of("我", "me");
    public static readonly LocalizedText Count = LocalizedText.Of("件", "tasks");
    public static LocalizedText Claimed(string receipt) => LocalizedText.Of($"已领取 {receipt}。", $"Claimed {receipt}.");
}
