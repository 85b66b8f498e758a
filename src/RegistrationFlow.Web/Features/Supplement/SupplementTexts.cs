using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Supplement;

internal static class SupplementTexts
{
    public static readonly LocalizedText Title = ZhEn("补正窗口", "Supplement desk");
    public static readonly LocalizedText Intro = ZhEn(
        "等待申请人补正材料的申请。记录收到的材料后重新提交审核。", "Applications waiting for materials. Record what arrived, then resubmit for review.");
    public static readonly LocalizedText Requested = ZhEn("要求补正", "Requested");
    public static readonly LocalizedText RequestedAt = ZhEn("要求时间", "Requested at");
    public static readonly LocalizedText Record = ZhEn("登记收到的材料", "Record materials");
    public static readonly LocalizedText Empty = ZhEn("没有等待补正的申请。", "No application is waiting for a supplement.");
    public static readonly LocalizedText Arrived = ZhEn("收到的材料", "Materials that arrived");
    public static LocalizedText Resubmitted(string receipt) => ZhEn($"{receipt} 已重新提交审核。", $"{receipt} is back in review.");
}
