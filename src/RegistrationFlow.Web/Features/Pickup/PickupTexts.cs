using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Pickup;

internal static class PickupTexts
{
    public static readonly LocalizedText Title = ZhEn("领证窗口", "Pick-up desk");
    public static readonly LocalizedText Intro = ZhEn(
        "证书已制好、待申请人领取的申请。按申请人的证件号码、姓名、受理编号或证书号查找，核对身份后发证。",
        "Certificates ready for the applicant. Find them by the applicant's ID number, name, receipt or certificate number; check identity, then hand over.");
    public static readonly LocalizedText HandOver = ZhEn("发证", "Hand over");
    public static readonly LocalizedText ConfirmHandOver = ZhEn("已核对身份，确认发证", "Identity checked: hand over");
    public static readonly LocalizedText CollectedBy = ZhEn("领取人", "Collected by");
    public static readonly LocalizedText Agent = ZhEn("委托代理人（凭授权委托书）", "An agent (with a power of attorney)");
    public static readonly LocalizedText AgentName = ZhEn("代理人姓名", "Agent's name");
    public static readonly LocalizedText AgentIdNumber = ZhEn("代理人证件号码", "Agent's ID number");
    public static readonly LocalizedText PowerOfAttorney = ZhEn("请收取并核对授权委托书原件。", "Take and check the original power of attorney.");
    public static LocalizedText InPerson(string name, LocalizedText role) => ZhEn($"{name}（{role.ZhCn}）本人", $"{name} ({role.EnUs}) in person");
    public static LocalizedText FeeOwed(decimal amount) => ZhEn($"登记费尚欠 {amount} 元，发证时收取：", $"{amount} yuan of the fee is owed, taken with the hand-over:");
    public static readonly LocalizedText Reference = ZhEn("交易流水号", "Transaction reference");
    public static readonly LocalizedText Empty = ZhEn("没有待领取的证书。", "No certificate is waiting.");
    public static LocalizedText HandedOver(string receipt) => ZhEn($"{receipt} 已发证，办结。", $"{receipt} handed over: completed.");
}
