using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Reports;
using RegistrationFlow.Web.Components.Layout;
using RegistrationFlow.Web.Components.Localization;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Notifications;

internal static class OutboxTexts
{
    public static readonly LocalizedText Title = ZhEn("通知发件箱", "Notification outbox");
    public static readonly LocalizedText Intro = ZhEn(
        "系统要发出的通知（短信网关尚未接入：这里就是将要发送的内容）。", "What the service would send (no SMS gateway is connected: this is the outbox).");
    public static readonly LocalizedText Created = ZhEn("时间", "Created");
    public static readonly LocalizedText To = ZhEn("发给", "To");
    public static readonly LocalizedText Text = ZhEn("内容", "Text");
    public static readonly LocalizedText Sent = ZhEn("已发送", "Sent");
    public static readonly LocalizedText Empty = ZhEn("还没有要发出的通知。", "No notifications yet.");
    public static readonly LocalizedText NotSent = ZhEn("未发送", "not sent");
    public static readonly LocalizedText Previous = ZhEn("上一页", "Previous page");
    public static readonly LocalizedText Next = ZhEn("下一页", "Next page");

    /// <summary>The applicant (by receipt number) or the staff role a notification goes to.</summary>
    public static string Recipient(string audience, string recipient) => audience == Notify.Applicant
        ? ZhEn($"申请人（受理编号 {recipient}）", $"Applicant (receipt {recipient})").Local()
        : RoleNamesText.Of(recipient).Local();

    public static LocalizedText Kind(string template) => template switch
    {
        NotifyTemplates.DeadlineWarning => ZhEn("即将超时", "Due soon"),
        NotifyTemplates.DeadlineBreach => ZhEn("超时督办", "Overdue"),
        NotifyTemplates.ApplicantUpdate => ZhEn("办理进度", "Progress"),
        NotifyTemplates.SupplementExpired => ZhEn("补正逾期", "Supplement expired"),
        NotifyTemplates.CertificateReady => ZhEn("证书可领", "Certificate ready"),
        DailyReportJob.Template => ZhEn("日报", "Daily report"),
        CalendarCoverageJob.Template => ZhEn("日历数据", "Calendar data"),
        _ => ZhEn(template, template),
    };
}
