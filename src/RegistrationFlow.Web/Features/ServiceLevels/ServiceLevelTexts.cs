using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Web.Components.Localization;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.ServiceLevels;

internal static class ServiceLevelTexts
{
    public static readonly LocalizedText Title = ZhEn("办结时限预览", "Service-level preview");
    public static readonly LocalizedText Intro = ZhEn(
        "选择业务和受理时间，查看工作日历给出的办结时限和领证时间（与受理时服务器的计算相同）。",
        "Pick a workflow and an acceptance time to see the due time and certificate time the calendar gives (the server's own computation on accept).");
    public static readonly LocalizedText AcceptedAt = ZhEn("受理时间", "Accepted at");
    public static readonly LocalizedText Warning = ZhEn("超时预警", "Warning at");
    public static readonly LocalizedText Due = ZhEn("办结时限", "Due");
    public static readonly LocalizedText Certificate = ZhEn("领证时间（按时限登簿计）", "Certificate ready (if registered at the due time)");
    public static readonly LocalizedText Rule = ZhEn("时限规则", "Rule");

    public static string Describe(ServiceLevelSpec level)
    {
        var complete = level.Complete.Kind == CompletionKind.SameDay
            ? ZhEn("当天办结", "same day")
            : ZhEn($"{level.Complete.WorkingDays} 个工作日内办结", $"within {level.Complete.WorkingDays} working days");
        return ZhEn(
            $"{complete.ZhCn}；{level.CutOff:HH\\:mm} 后受理的次日办结；提前 {level.WarnBefore.TotalMinutes:0} 分钟预警",
            $"{complete.EnUs}; accepted after {level.CutOff:HH\\:mm} counts from the next working day; warning {level.WarnBefore.TotalMinutes:0} min before").Local();
    }
}
