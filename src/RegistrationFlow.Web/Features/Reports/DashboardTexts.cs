using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Reports;

internal static class DashboardTexts
{
    public static readonly LocalizedText Title = ZhEn("业务看板", "Dashboard");
    public static readonly LocalizedText OpenCalendar = ZhEn("前往业务日历", "Open the calendar");
    public static readonly LocalizedText Today = ZhEn("今日", "Today");
    public static readonly LocalizedText Range = ZhEn("时间段", "Date range");
    public static readonly LocalizedText From = ZhEn("自", "From");
    public static readonly LocalizedText To = ZhEn("至", "To");
    public static readonly LocalizedText Show = ZhEn("查看", "Show");
    public static readonly LocalizedText Received = ZhEn("收件", "Received");
    public static readonly LocalizedText Accepted = ZhEn("受理", "Accepted");
    public static readonly LocalizedText Registered = ZhEn("登簿", "Registered");
    public static readonly LocalizedText OnTimeRate = ZhEn("按时办结率", "On-time rate");
    public static readonly LocalizedText OverdueNow = ZhEn("当前超时", "Overdue now");
    public static readonly LocalizedText AtRisk = ZhEn("临近超时", "At risk");
    public static readonly LocalizedText Ready = ZhEn("待领证", "Ready for pick-up");
    public static readonly LocalizedText HandedOver = ZhEn("已发证", "Handed over");
    public static readonly LocalizedText CertificatesReady = ZhEn("证书制好", "Certificates ready");
    public static readonly LocalizedText OverdueInRange = ZhEn("超时件", "Overdue");
    public static readonly LocalizedText OnTimePerDay = ZhEn("每日按时办结率", "On-time rate per day");
    public static readonly LocalizedText TimePerStep = ZhEn("各环节平均用时", "Average time per step");
    public static readonly LocalizedText Watch = ZhEn("超时与临近超时的申请", "Overdue and at-risk applications");
    public static LocalizedText WatchFirst(int shown, int total) => ZhEn(
        $"按办结时限列出最紧急的 {shown} 件（共 {total} 件）。", $"The {shown} most urgent of {total}, earliest due first.");
    public static readonly LocalizedText NothingToWatch = ZhEn("没有超时或临近超时的申请。", "No application is overdue or at risk.");
    public static readonly LocalizedText NoData = ZhEn("该时间段内无数据。", "No data in this range.");
    public static readonly LocalizedText RateHint = ZhEn("按时办结率 = 在时限内登簿的件数 / 登簿件数", "On-time rate = registered by the due time / registered");
    public static readonly LocalizedText Links = ZhEn("相关页面", "Elsewhere");
    public static readonly LocalizedText Jobs = ZhEn("后台任务（Hangfire）", "Background jobs (Hangfire)");
    public static readonly LocalizedText Outbox = ZhEn("通知发件箱", "Notification outbox");
    public static readonly LocalizedText Samples = ZhEn("件", "cases");
    public static string Duration(TimeSpan span, bool english) =>
        span.TotalDays >= 1 ? (english ? $"{span.TotalDays:0.0} d" : $"{span.TotalDays:0.0} 天")
        : span.TotalHours >= 1 ? (english ? $"{span.TotalHours:0.0} h" : $"{span.TotalHours:0.0} 小时")
        : span.TotalMinutes >= 1 ? (english ? $"{span.TotalMinutes:0} min" : $"{span.TotalMinutes:0} 分钟")
        : span.TotalSeconds >= 1 ? (english ? $"{span.TotalSeconds:0} s" : $"{span.TotalSeconds:0} 秒")
        : (english ? "< 1 s" : "不足 1 秒");
}
