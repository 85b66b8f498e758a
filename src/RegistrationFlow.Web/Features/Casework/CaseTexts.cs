using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Infrastructure.Applications;

namespace RegistrationFlow.Web.Features.Casework;

/// <summary>Words every case screen uses: statuses, identity document types, property uses, labels.</summary>
public static class CaseTexts
{
    public static LocalizedText Status(string status) => status switch
    {
        ApplicationStatuses.Received => LocalizedText.Of("待受理", "Received"),
        ApplicationStatuses.InProgress => LocalizedText.Of("办理中", "In progress"),
        ApplicationStatuses.AwaitingSupplement => LocalizedText.Of("等待补正", "Awaiting supplement"),
        ApplicationStatuses.Registered => LocalizedText.Of("已登簿", "Registered"),
        ApplicationStatuses.ReadyForPickup => LocalizedText.Of("待领证", "Ready for pick-up"),
        ApplicationStatuses.Completed => LocalizedText.Of("已办结", "Completed"),
        ApplicationStatuses.Refused => LocalizedText.Of("不予登记", "Refused"),
        ApplicationStatuses.NotAccepted => LocalizedText.Of("不予受理", "Not accepted"),
        ApplicationStatuses.Withdrawn => LocalizedText.Of("已撤回", "Withdrawn"),
        _ => LocalizedText.Of(status, status),
    };

    public static LocalizedText IdType(string idType) => idType switch
    {
        IntakeVocabulary.IdTypeIds.ResidentId => LocalizedText.Of("居民身份证", "Resident ID"),
        IntakeVocabulary.IdTypeIds.Uscc => LocalizedText.Of("统一社会信用代码", "Unified social credit code"),
        IntakeVocabulary.IdTypeIds.Passport => LocalizedText.Of("护照", "Passport"),
        _ => LocalizedText.Of("其他证件", "Other document"),
    };

    public static LocalizedText Use(string use) => use switch
    {
        "residential" => LocalizedText.Of("住宅", "Residential"),
        "commercial" => LocalizedText.Of("商业", "Commercial"),
        "office" => LocalizedText.Of("办公", "Office"),
        "industrial" => LocalizedText.Of("工业", "Industrial"),
        "garage" => LocalizedText.Of("车库/车位/储藏室", "Garage, parking or storage"),
        _ => LocalizedText.Of("其他", "Other"),
    };

    public static LocalizedText PartyRole(string role) => role switch
    {
        "buyer" => LocalizedText.Of("买受人", "Buyer"),
        "seller" => LocalizedText.Of("出卖人", "Seller"),
        "mortgagor" => LocalizedText.Of("抵押人", "Mortgagor"),
        "mortgagee" => LocalizedText.Of("抵押权人", "Mortgagee"),
        "owner" => LocalizedText.Of("权利人", "Owner"),
        "applicant" => LocalizedText.Of("申请人", "Applicant"),
        _ => LocalizedText.Of(role, role),
    };

    public static LocalizedText Field(string field) => field switch
    {
        "reason" => LocalizedText.Of("理由", "Reason"),
        "comment" => LocalizedText.Of("意见", "Comment"),
        "missing-materials" => LocalizedText.Of("缺少的材料", "Missing materials"),
        "received-materials" => LocalizedText.Of("收到的材料", "Materials received"),
        _ => LocalizedText.Of(field, field),
    };

    public static readonly LocalizedText ReceiptNumber = LocalizedText.Of("受理编号", "Receipt number");
    public static readonly LocalizedText Workflow = LocalizedText.Of("登记业务", "Workflow");
    public static readonly LocalizedText Step = LocalizedText.Of("环节", "Step");
    public static readonly LocalizedText StatusLabel = LocalizedText.Of("状态", "Status");
    public static readonly LocalizedText Due = LocalizedText.Of("办结时限", "Due");
    public static readonly LocalizedText AcceptedAt = LocalizedText.Of("受理时间", "Accepted at");
    public static readonly LocalizedText RegisteredAt = LocalizedText.Of("登簿时间", "Registered at");
    public static readonly LocalizedText CertificateReadyAt = LocalizedText.Of("领证时间", "Certificate pick-up");
    public static readonly LocalizedText CertificateNumber = LocalizedText.Of("证书编号", "Certificate number");
    public static readonly LocalizedText UnitNumber = LocalizedText.Of("不动产单元号", "Real-estate unit number");
    public static readonly LocalizedText Address = LocalizedText.Of("坐落", "Address");
    public static readonly LocalizedText Area = LocalizedText.Of("面积（㎡）", "Area (m²)");
    public static readonly LocalizedText UseLabel = LocalizedText.Of("用途", "Use");
    public static readonly LocalizedText Price = LocalizedText.Of("成交价格（元）", "Price (yuan)");
    public static readonly LocalizedText Parties = LocalizedText.Of("当事人", "Parties");
    public static readonly LocalizedText PartyRoleLabel = LocalizedText.Of("角色", "Role");
    public static readonly LocalizedText Name = LocalizedText.Of("姓名/名称", "Name");
    public static readonly LocalizedText IdTypeLabel = LocalizedText.Of("证件类型", "ID type");
    public static readonly LocalizedText IdNumber = LocalizedText.Of("证件号码", "ID number");
    public static readonly LocalizedText Share = LocalizedText.Of("份额", "Share");
    public static readonly LocalizedText Materials = LocalizedText.Of("申请材料", "Materials");
    public static readonly LocalizedText Required = LocalizedText.Of("必需", "required");
    public static readonly LocalizedText Optional = LocalizedText.Of("如有", "if any");
    public static readonly LocalizedText Received = LocalizedText.Of("已收", "Received");
    public static readonly LocalizedText Missing = LocalizedText.Of("缺", "Missing");
    /// <summary>An optional material (e.g. marriage papers if co-owned) that was not handed in: not a gap.</summary>
    public static readonly LocalizedText NotProvided = LocalizedText.Of("未提供", "Not provided");
    /// <summary>Asked for in the open request for supplement (补正), whatever intake recorded.</summary>
    public static readonly LocalizedText Requested = LocalizedText.Of("待补正", "Requested");
    public static readonly LocalizedText Overdue = LocalizedText.Of("已超时", "Overdue");
    public static readonly LocalizedText ClaimedBy = LocalizedText.Of("领取人", "Claimed by");
    public static readonly LocalizedText Open = LocalizedText.Of("打开", "Open");
    public static readonly LocalizedText Claim = LocalizedText.Of("领取", "Claim");
    public static readonly LocalizedText Search = LocalizedText.Of("查询", "Search");
    public static readonly LocalizedText Nothing = LocalizedText.Of("暂无", "None");
    public static readonly LocalizedText Reload = LocalizedText.Of("刷新", "Reload");
    public static readonly LocalizedText NotFound = LocalizedText.Of("没有这件申请。", "There is no such application.");
    public static readonly LocalizedText CalendarPaused = LocalizedText.Of("计时暂停", "Clock paused");
}
