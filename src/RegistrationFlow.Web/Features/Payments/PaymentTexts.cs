using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Payments;

internal static class PaymentTexts
{
    public static readonly LocalizedText Title = ZhEn("缴费", "Fee");
    public static readonly LocalizedText Due = ZhEn("应缴", "Due");
    public static readonly LocalizedText Paid = ZhEn("已缴", "Paid");
    public static readonly LocalizedText Outstanding = ZhEn("尚欠", "Owed");
    public static readonly LocalizedText Settled = ZhEn("已缴清", "Paid in full");
    public static readonly LocalizedText Exempt = ZhEn("本业务不收登记费", "No fee for this registration");
    public static readonly LocalizedText Amount = ZhEn("金额（元）", "Amount (yuan)");
    public static readonly LocalizedText Method = ZhEn("方式", "Method");
    public static readonly LocalizedText Reference = ZhEn("交易流水号", "Reference");
    public static readonly LocalizedText Take = ZhEn("收款", "Take payment");
    public static readonly LocalizedText Void = ZhEn("作废", "Void");
    public static readonly LocalizedText VoidReason = ZhEn("作废理由", "Reason for voiding");
    public static readonly LocalizedText Voided = ZhEn("已作废", "Void");
    public static readonly LocalizedText Taken = ZhEn("已收款。", "Payment taken.");
    public static readonly LocalizedText VoidDone = ZhEn("收款已作废（记录保留）。", "Payment voided (the record stays).");
}
