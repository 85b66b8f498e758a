using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Tasks;

internal static class ReassignTexts
{
    public static readonly LocalizedText Title = ZhEn("批量转办", "Reassign tasks");
    public static readonly LocalizedText Intro = ZhEn(
        "同事缺岗时，将其已领取的全部待办任务转给另一位同事。每件任务单独检查：不同岗位或受不相容岗位分离限制的任务留在原处，并说明原因。",
        "When a colleague is away, hand all the tasks they have claimed to another colleague. Each task is checked on its own: a task of another role, or one separation of duties forbids, stays where it is, with the reason.");
    public static readonly LocalizedText From = ZhEn("缺岗同事", "Absent colleague");
    public static readonly LocalizedText To = ZhEn("转办给", "Hand to");
    public static readonly LocalizedText Reason = ZhEn("转办理由", "Reason");
    public static readonly LocalizedText Choose = ZhEn("请选择", "Choose");
    public static readonly LocalizedText Submit = ZhEn("转办全部任务", "Reassign all tasks");
    public static readonly LocalizedText NobodyHolds = ZhEn("目前没有同事持有已领取的待办任务。", "Nobody holds claimed open tasks now.");
    public static readonly LocalizedText Moved = ZhEn("已转办", "Moved");
    public static readonly LocalizedText Kept = ZhEn("未转办", "Kept");
    public static readonly LocalizedText Why = ZhEn("原因", "Why");
    public static LocalizedText Tasks(int count) => ZhEn($"{count} 件", $"{count} tasks");
    public static LocalizedText Result(int moved, int kept) => ZhEn($"已转办 {moved} 件，未转办 {kept} 件。", $"{moved} moved, {kept} kept.");
}
