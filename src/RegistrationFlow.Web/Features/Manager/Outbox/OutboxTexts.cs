using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Reports;
using RegistrationFlow.Web.Components.Layout;
using RegistrationFlow.Web.Components.Localization;

namespace RegistrationFlow.Web.Features.Manager.Outbox;

internal static class OutboxTexts
{
    public static readonly LocalizedText Title = LocalizedText.Of("通知发件箱", "Notification outbox");
    public static readonly LocalizedText Intro = LocalizedText.Of(
        "系统要发出的通知（短信网关尚未接入：这里就是将要发送的内容）。", "What the service would send (no SMS gateway is connected: this is the outbox).");
    public static readonly LocalizedText Created = LocalizedText.Of("时间", "Created");
    public static readonly LocalizedText To = LocalizedText.Of("发给", "To");
    public static readonly LocalizedText Text = LocalizedText.Of("内容", "Text");
    public static readonly LocalizedText Sent = LocalizedText.Of("已发送", "Sent");
    public static readonly LocalizedText Empty = LocalizedText.Of("还没有要发出的通知。", "No notifications yet.");
    public static readonly LocalizedText NotSent = LocalizedText.Of("未发送", "not sent");
    public static readonly LocalizedText Previous = LocalizedText.Of("上一页", "Previous page");
    public static readonly LocalizedText Next = LocalizedText.Of("下一页", "Next page");

    /// <summary>The applicant (by receipt number) or the staff role a notification goes to.</summary>
    public static string Recipient(string audience, string recipient) => audience == Notify.Applicant
        ? LocalizedText.Of($"申请人（受理编号 {recipient}）", $"Applicant (receipt {recipient})").Local()
        : RoleNamesText.Of(recipient).Local();

    public static LocalizedText Kind(string template) => template switch
    {
        NotifyTemplates.DeadlineWarning => LocalizedText.Of("即将超时", "Due soon"),
        NotifyTemplates.DeadlineBreach => LocalizedText.Of("超时督办", "Overdue"),
        NotifyTemplates.ApplicantUpdate => LocalizedText.Of("办理进度", "Progress"),
        NotifyTemplates.SupplementExpired => LocalizedText.Of("补正逾期", "Supplement expired"),
        DailyReportJob.Template => LocalizedText.Of("日报", "Daily report"),
        CalendarCoverageJob.Template => LocalizedText.Of("日历数据", "Calendar data"),
        _ => LocalizedText.Of(template, template),
    };
}
