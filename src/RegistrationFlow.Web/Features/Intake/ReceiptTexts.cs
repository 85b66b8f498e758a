using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Features.Intake;

internal static class ReceiptTexts
{
    public static readonly LocalizedText Receipt = LocalizedText.Of("不动产登记受理回执", "Registration receipt");
    public static readonly LocalizedText Refusal = LocalizedText.Of("不予受理告知书", "Notice of refused intake");
    public static readonly LocalizedText Print = LocalizedText.Of("打印", "Print");
    public static readonly LocalizedText NextApplication = LocalizedText.Of("受理下一件", "Next application");
    public static readonly LocalizedText Applicants = LocalizedText.Of("申请人", "Applicants");
    public static readonly LocalizedText PromisedCompletion = LocalizedText.Of("承诺办结时间", "Promised completion");
    public static readonly LocalizedText PickUp = LocalizedText.Of("领证时间（凭本回执领取）", "Certificate pick-up (bring this receipt)");
    public static readonly LocalizedText ReceivedMaterials = LocalizedText.Of("已收材料", "Materials received");
    public static readonly LocalizedText Clerk = LocalizedText.Of("受理人", "Accepted by");
    public static readonly LocalizedText Reason = LocalizedText.Of("不予受理理由", "Reason");
    public static readonly LocalizedText MissingList = LocalizedText.Of(
        "请一次性补齐以下材料后重新申请：", "Please bring all of the following materials when you apply again:");
    public static readonly LocalizedText RefusedAt = LocalizedText.Of("告知时间", "Notified at");
    public static readonly LocalizedText ScanHint = LocalizedText.Of("扫码查询办理进度", "Scan to look up progress");
    public static readonly LocalizedText NotYetAccepted = LocalizedText.Of("这件申请尚未受理，没有回执。", "This application is not accepted yet; there is no receipt.");
    public static readonly LocalizedText Projected = LocalizedText.Of("（按承诺时间登簿计）", "(if registered by the promised time)");
}
