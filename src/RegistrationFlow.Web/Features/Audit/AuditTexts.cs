using RegistrationFlow.Core.Common;
using RegistrationFlow.Web.Components.Localization;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Audit;

internal static class AuditTexts
{
    public static readonly LocalizedText Title = ZhEn("审计日志", "Audit trail");
    public static readonly LocalizedText Intro = ZhEn(
        "每一次办理、登录和配置变更都记在一条防篡改的哈希链上（只读）。", "Every action, sign-in and change of settings, on a tamper-evident hash chain (read only).");
    public static readonly LocalizedText User = ZhEn("用户", "User");
    public static readonly LocalizedText Application = ZhEn("申请编号", "Application id");
    public static readonly LocalizedText Action = ZhEn("操作", "Action");
    public static readonly LocalizedText From = ZhEn("自", "From");
    public static readonly LocalizedText To = ZhEn("至", "To");
    public static readonly LocalizedText Filter = ZhEn("筛选", "Filter");
    public static readonly LocalizedText Export = ZhEn("导出 CSV", "Export CSV");
    public static readonly LocalizedText Sequence = ZhEn("序号", "No.");
    public static readonly LocalizedText Instant = ZhEn("时间", "Time");
    public static readonly LocalizedText Role = ZhEn("岗位", "Role");
    public static readonly LocalizedText Steps = ZhEn("环节", "Steps");
    public static readonly LocalizedText Detail = ZhEn("详情", "Detail");
    public static readonly LocalizedText Empty = ZhEn("没有符合条件的记录。", "No records match.");
    public static readonly LocalizedText Previous = ZhEn("上一页", "Previous page");
    public static readonly LocalizedText Next = ZhEn("下一页", "Next page");
    public static readonly LocalizedText Verify = ZhEn("校验哈希链", "Verify the chain");
    public static readonly LocalizedText Verifying = ZhEn("正在校验…", "Verifying…");
    public static string Intact(long records) => ZhEn($"哈希链完整：{records} 条记录均未被改动。", $"The chain holds: none of its {records} records was altered.").Local();
    public static string Broken(long sequence, string reason) => ZhEn($"哈希链在第 {sequence} 条断开：{reason}", $"The chain breaks at record {sequence}: {reason}").Local();
}
