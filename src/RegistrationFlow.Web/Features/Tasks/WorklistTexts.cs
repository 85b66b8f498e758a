using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Tasks;

internal static class WorklistTexts
{
    public static readonly LocalizedText Title = ZhEn("待办任务", "Worklist");
    public static readonly LocalizedText Intro = ZhEn(
        "您的角色可办理的任务，最早到期的在前。", "Open tasks for your roles, the one due soonest first.");
    public static readonly LocalizedText AllSteps = ZhEn("全部环节", "All steps");
    public static readonly LocalizedText AllWorkflows = ZhEn("全部业务", "All workflows");
    public static readonly LocalizedText OnlyOverdue = ZhEn("只看超时", "Overdue only");
    public static readonly LocalizedText OnlyMine = ZhEn("只看我领取的", "Claimed by me only");
    public static readonly LocalizedText Empty = ZhEn("没有待办任务。", "No open tasks.");
    public static readonly LocalizedText Barred = ZhEn("不相容岗位分离，不能办理", "Separation of duties: not yours to act on");
    public static readonly LocalizedText Me = ZhEn("我", "me");
    public static readonly LocalizedText Count = ZhEn("件", "tasks");
    public static LocalizedText Claimed(string receipt) => ZhEn($"已领取 {receipt}。", $"Claimed {receipt}.");
}
