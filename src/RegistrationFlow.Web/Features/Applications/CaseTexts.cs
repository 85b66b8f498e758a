using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>Words every case screen uses: statuses, identity document types, property uses, labels.</summary>
public static class CaseTexts
{
    public static LocalizedText Status(string status) => status switch
    {
        ApplicationStatuses.Received => ZhEn("待受理", "Received"),
        ApplicationStatuses.InProgress => ZhEn("办理中", "In progress"),
        ApplicationStatuses.AwaitingSupplement => ZhEn("等待补正", "Awaiting supplement"),
        ApplicationStatuses.Registered => ZhEn("已登簿", "Registered"),
        ApplicationStatuses.ReadyForPickup => ZhEn("待领证", "Ready for pick-up"),
        ApplicationStatuses.Completed => ZhEn("已办结", "Completed"),
        ApplicationStatuses.Refused => ZhEn("不予登记", "Refused"),
        ApplicationStatuses.NotAccepted => ZhEn("不予受理", "Not accepted"),
        ApplicationStatuses.Withdrawn => ZhEn("已撤回", "Withdrawn"),
        _ => ZhEn(status, status),
    };

    public static LocalizedText IdType(string idType) => idType switch
    {
        IntakeVocabulary.IdTypeIds.ResidentId => ZhEn("居民身份证", "Resident ID"),
        IntakeVocabulary.IdTypeIds.Uscc => ZhEn("统一社会信用代码", "Unified social credit code"),
        IntakeVocabulary.IdTypeIds.Passport => ZhEn("护照", "Passport"),
        _ => ZhEn("其他证件", "Other document"),
    };

    public static LocalizedText Use(string use) => use switch
    {
        "residential" => ZhEn("住宅", "Residential"),
        "commercial" => ZhEn("商业", "Commercial"),
        "office" => ZhEn("办公", "Office"),
        "industrial" => ZhEn("工业", "Industrial"),
        "garage" => ZhEn("车库/车位/储藏室", "Garage, parking or storage"),
        _ => ZhEn("其他", "Other"),
    };

    public static LocalizedText PartyRole(string role) => role switch
    {
        "buyer" => ZhEn("买受人", "Buyer"),
        "seller" => ZhEn("出卖人", "Seller"),
        "mortgagor" => ZhEn("抵押人", "Mortgagor"),
        "mortgagee" => ZhEn("抵押权人", "Mortgagee"),
        "owner" => ZhEn("权利人", "Owner"),
        "applicant" => ZhEn("申请人", "Applicant"),
        _ => ZhEn(role, role),
    };

    public static LocalizedText Field(string field) => field switch
    {
        "reason" => ZhEn("理由", "Reason"),
        "comment" => ZhEn("意见", "Comment"),
        "missing-materials" => ZhEn("缺少的材料", "Missing materials"),
        "received-materials" => ZhEn("收到的材料", "Materials received"),
        _ => ZhEn(field, field),
    };

    public static readonly LocalizedText ReceiptNumber = ZhEn("受理编号", "Receipt number");
    public static readonly LocalizedText Workflow = ZhEn("登记业务", "Workflow");
    public static readonly LocalizedText Step = ZhEn("环节", "Step");
    public static readonly LocalizedText StatusLabel = ZhEn("状态", "Status");
    public static readonly LocalizedText Due = ZhEn("办结时限", "Due");
    public static readonly LocalizedText AcceptedAt = ZhEn("受理时间", "Accepted at");
    public static readonly LocalizedText RegisteredAt = ZhEn("登簿时间", "Registered at");
    public static readonly LocalizedText CertificateReadyAt = ZhEn("领证时间", "Certificate pick-up");
    public static readonly LocalizedText CertificateNumber = ZhEn("证书编号", "Certificate number");
    public static readonly LocalizedText UnitNumber = ZhEn("不动产单元号", "Real-estate unit number");
    public static readonly LocalizedText Address = ZhEn("坐落", "Address");
    public static readonly LocalizedText Area = ZhEn("面积（㎡）", "Area (m²)");
    public static readonly LocalizedText UseLabel = ZhEn("用途", "Use");
    public static readonly LocalizedText Price = ZhEn("成交价格（元）", "Price (yuan)");
    public static readonly LocalizedText Parties = ZhEn("当事人", "Parties");
    public static readonly LocalizedText PartyRoleLabel = ZhEn("角色", "Role");
    public static readonly LocalizedText Name = ZhEn("姓名/名称", "Name");
    public static readonly LocalizedText IdTypeLabel = ZhEn("证件类型", "ID type");
    public static readonly LocalizedText IdNumber = ZhEn("证件号码", "ID number");
    public static readonly LocalizedText Share = ZhEn("份额", "Share");
    public static readonly LocalizedText Materials = ZhEn("申请材料", "Materials");
    public static readonly LocalizedText Required = ZhEn("必需", "required");
    public static readonly LocalizedText Optional = ZhEn("如有", "if any");
    public static readonly LocalizedText Tolerable = ZhEn("可容缺", "may be owed");
    public static readonly LocalizedText Received = ZhEn("已收", "Received");
    public static readonly LocalizedText Missing = ZhEn("缺", "Missing");
    /// <summary>An optional material (e.g. marriage papers if co-owned) that was not handed in: not a gap.</summary>
    public static readonly LocalizedText NotProvided = ZhEn("未提供", "Not provided");
    /// <summary>Asked for in the open request for supplement (补正), whatever intake recorded.</summary>
    public static readonly LocalizedText Requested = ZhEn("待补正", "Requested");
    public static readonly LocalizedText Supply = ZhEn("已补交", "Supplied");
    public static readonly LocalizedText WaitingAtJoin = ZhEn("等待并行环节办完", "Waiting for the parallel work");

    public static LocalizedText OwedUntil(DateOnly promisedBy) => ZhEn($"容缺，承诺 {promisedBy:yyyy-MM-dd} 前补交", $"Owed, promised by {promisedBy:yyyy-MM-dd}");

    public static LocalizedText SuppliedDone(LocalizedText material) => ZhEn($"已登记补交：{material.ZhCn}", $"Recorded as supplied: {material.EnUs}");
    public static readonly LocalizedText Overdue = ZhEn("已超时", "Overdue");
    public static readonly LocalizedText ClaimedBy = ZhEn("领取人", "Claimed by");
    public static readonly LocalizedText Open = ZhEn("打开", "Open");
    public static readonly LocalizedText Claim = ZhEn("领取", "Claim");
    public static readonly LocalizedText Search = ZhEn("查询", "Search");
    /// <summary>The one search box's hint (worklist, pick-up desk): what it finds.</summary>
    public static readonly LocalizedText SearchBoxPlaceholder = ZhEn(
        "证件号码、姓名、单元号、地址、受理编号或证书号", "ID number, name, unit number, address, receipt or certificate number");
    public static readonly LocalizedText SearchBoxAudited = ZhEn(
        "按完整的身份证号码或统一社会信用代码查询会记入审计日志。", "A search by a whole ID number or credit code is recorded in the audit trail.");
    public static readonly LocalizedText Nothing = ZhEn("暂无", "None");
    public static readonly LocalizedText Reload = ZhEn("刷新", "Reload");
    public static readonly LocalizedText NotFound = ZhEn("没有这件申请。", "There is no such application.");
    public static readonly LocalizedText CalendarPaused = ZhEn("计时暂停", "Clock paused");
}
