using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Intake;

internal static class ReceiptTexts
{
    public static readonly LocalizedText Receipt = ZhEn("不动产登记受理回执", "Registration receipt");
    public static readonly LocalizedText Refusal = ZhEn("不予受理告知书", "Notice of refused intake");
    public static readonly LocalizedText Print = ZhEn("打印", "Print");
    public static readonly LocalizedText NextApplication = ZhEn("受理下一件", "Next application");
    public static readonly LocalizedText Applicants = ZhEn("申请人", "Applicants");
    /// <summary>Beside a promise that rests on a year without an official holiday notice yet.</summary>
    public static readonly LocalizedText ProvisionalPromise = ZhEn("（以国务院当年放假安排为准）", "(subject to the State Council's holiday notice for the year)");
    public static readonly LocalizedText PromisedCompletion = ZhEn("承诺办结时间", "Promised completion");
    public static readonly LocalizedText PickUp = ZhEn("领证时间（凭本回执领取）", "Certificate pick-up (bring this receipt)");
    public static readonly LocalizedText ReceivedMaterials = ZhEn("已收材料", "Materials received");
    public static readonly LocalizedText Clerk = ZhEn("受理人", "Accepted by");
    public static readonly LocalizedText Fee = ZhEn("登记费", "Fee");
    public static readonly LocalizedText NoFee = ZhEn("不收费", "none");
    public static LocalizedText FeeDue(decimal amount) => ZhEn($"{amount} 元（缴清后发证）", $"{amount} yuan (the certificate is released once it is paid)");
    public static readonly LocalizedText OwedMaterials = ZhEn("容缺材料", "Materials owed");
    public static readonly LocalizedText Supplied = ZhEn("（已补交）", "(supplied)");

    public static LocalizedText OwedPromise(DateOnly promisedBy) => ZhEn(
        $"本申请为容缺受理。申请人承诺于 {promisedBy:yyyy-MM-dd} 办公时间结束前补交以下材料；补齐前不予登簿，因此超过承诺办结时间的，不计入本中心超期。",
        $"Accepted with materials owed (容缺). The applicant promised to supply the following by the close of {promisedBy:yyyy-MM-dd}; it is not registered before they arrive, and a delay this causes is not counted against the centre.");
    public static readonly LocalizedText Reason = ZhEn("不予受理理由", "Reason");
    public static readonly LocalizedText MissingList = ZhEn(
        "请一次性补齐以下材料后重新申请：", "Please bring all of the following materials when you apply again:");
    public static readonly LocalizedText RefusedAt = ZhEn("告知时间", "Notified at");
    public static readonly LocalizedText ScanHint = ZhEn("扫码查询办理进度", "Scan to look up progress");
    public static readonly LocalizedText NotYetAccepted = ZhEn("这件申请尚未受理，没有回执。", "This application is not accepted yet; there is no receipt.");
    public static readonly LocalizedText Projected = ZhEn("（按承诺时间登簿计）", "(if registered by the promised time)");
}
