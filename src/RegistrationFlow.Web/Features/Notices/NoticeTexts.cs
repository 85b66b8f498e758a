using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Notices;

internal static class NoticeTexts
{
    public static readonly LocalizedText Supplement = ZhEn("补正通知书", "Notice to supply materials");
    public static readonly LocalizedText Refusal = ZhEn("不予登记告知书", "Notice of refused registration");
    public static readonly LocalizedText Pickup = ZhEn("领证签收单", "Certificate collection receipt");
    public static readonly LocalizedText NotApplicable = ZhEn("这件申请现在没有这份文书。", "This application has no such notice now.");
    public static readonly LocalizedText Print = ZhEn("打印", "Print");
    public static readonly LocalizedText Back = ZhEn("返回申请", "Back to the application");
    public static readonly LocalizedText To = ZhEn("申请人", "To");
    public static readonly LocalizedText IssuedAt = ZhEn("告知时间", "Issued");
    public static readonly LocalizedText Missing = ZhEn("需补正的材料", "Materials to supply");
    public static readonly LocalizedText Reason = ZhEn("不予登记的理由", "Reason");
    public static readonly LocalizedText Remedies = ZhEn("救济途径", "Remedies");
    public static readonly LocalizedText Certificate = ZhEn("证书（证明）号", "Certificate number");
    public static readonly LocalizedText CollectedBy = ZhEn("领取人（签字）", "Collected by (signature)");
    public static readonly LocalizedText CollectorId = ZhEn("领取人证件号码", "Collector's ID number");
    public static readonly LocalizedText Capacity = ZhEn("领取身份", "Collecting as");
    public static readonly LocalizedText CapacityChoices = ZhEn("□ 权利人本人　□ 委托代理人（附授权委托书）", "□ the right holder　□ an agent (power of attorney attached)");
    public static readonly LocalizedText CollectedOn = ZhEn("领取日期", "Date");
    public static readonly LocalizedText HandedOverBy = ZhEn("发证人", "Handed over by");
    public static readonly LocalizedText Stamp = ZhEn("（登记机构印章）", "(seal of the registration office)");

    public static LocalizedText SupplementBody(DateTimeOffset? expiresAt, Func<DateTimeOffset?, string> format) => expiresAt is { } at
        ? ZhEn($"经审查，您的不动产登记申请材料不齐全或者不符合法定形式。请于 {format(at)} 前一次性补正下列材料。逾期未补正的，视为撤回申请。",
            $"On review, the materials of your application are incomplete or not in the legal form. Please supply all of the following by {format(at)}. If they are not supplied in time, the application counts as withdrawn.")
        : ZhEn("经审查，您的不动产登记申请材料不齐全或者不符合法定形式。请尽快一次性补正下列材料；补正后办理时限重新计算。",
            "On review, the materials of your application are incomplete or not in the legal form. Please supply all of the following as soon as possible; the time limit runs again once they arrive.");

    public static LocalizedText RefusalBody(string receipt) => ZhEn(
        $"您于受理编号 {receipt} 申请的不动产登记，经审查，依据《不动产登记暂行条例》第二十二条的规定，决定不予登记。理由如下：",
        $"The registration you applied for under receipt {receipt} has been examined and, under article 22 of the Interim Regulations on Real Estate Registration, is refused for the following reason:");

    public static LocalizedText RemediesBody(string body, string court, DateOnly reconsiderationBy, DateOnly lawsuitBy) => ZhEn(
        $"如不服本决定，可自收到本告知书之日起六十日内向{body}申请行政复议（送达当日收到的，最迟 {reconsiderationBy:yyyy-MM-dd}），或者自收到之日起六个月内向{court}提起行政诉讼（最迟 {lawsuitBy:yyyy-MM-dd}）。期间届满之日为法定节假日的，顺延至节假日后的第一个工作日。",
        $"If you disagree, you may apply to {body} for administrative reconsideration within sixty days of receiving this notice (by {reconsiderationBy:yyyy-MM-dd} if received today), or sue in {court} within six months (by {lawsuitBy:yyyy-MM-dd}). A period ending on a public holiday ends on the next working day.");

    public static LocalizedText PickupBody(string receipt) => ZhEn(
        $"兹收到受理编号 {receipt} 不动产登记的下列证书（证明），经核对无误。",
        $"I have received the following certificate for the registration under receipt {receipt} and checked it.");
}
