using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Components.Time;

internal static class DeadlineTexts
{
    public static readonly LocalizedText Paused = ZhEn("计时暂停", "clock paused");
    public static readonly LocalizedText PausedOverdue = ZhEn("计时暂停（暂停前已超时）", "clock paused (overdue before it stopped)");
    public static LocalizedText PausedTitle(string due) => ZhEn(
        $"等待补正，计时暂停；暂停时的办结时限为 {due}，材料补齐后按流程规定重新计算。",
        $"Waiting for a supplement, the clock is stopped; it was due {due} when it stopped, and the due time is set again when the materials arrive.");
    public static readonly LocalizedText DueTitle = ZhEn("办结时限", "Due");
    public static readonly LocalizedText WarningTitle = ZhEn("即将超时", "Due soon");
    public static readonly LocalizedText OverdueTitle = ZhEn("已超时", "Overdue");
    public static LocalizedText Left(string span) => ZhEn($"剩余 {span}", $"{span} left");
    public static LocalizedText Over(string span) => ZhEn($"超时 {span}", $"overdue {span}");
    public static LocalizedText Days(int days, int hours) => ZhEn($"{days}天{hours}小时", $"{days}d {hours}h");
}
