using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Components.Time;

internal static class DeadlineTexts
{
    public static readonly LocalizedText Paused = LocalizedText.Of("计时暂停", "clock paused");
    public static readonly LocalizedText DueTitle = LocalizedText.Of("办结时限", "Due");
    public static readonly LocalizedText WarningTitle = LocalizedText.Of("即将超时", "Due soon");
    public static readonly LocalizedText OverdueTitle = LocalizedText.Of("已超时", "Overdue");
    public static LocalizedText Left(string span) => LocalizedText.Of($"剩余 {span}", $"{span} left");
    public static LocalizedText Over(string span) => LocalizedText.Of($"超时 {span}", $"overdue {span}");
    public static LocalizedText Days(int days, int hours) => LocalizedText.Of($"{days}天{hours}小时", $"{days}d {hours}h");
}
