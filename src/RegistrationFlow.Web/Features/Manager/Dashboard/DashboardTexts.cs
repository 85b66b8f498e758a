using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Features.Manager.Dashboard;

internal static class DashboardTexts
{
    public static readonly LocalizedText Title = LocalizedText.Of("业务看板", "Dashboard");
    public static readonly LocalizedText Today = LocalizedText.Of("今日", "Today");
    public static readonly LocalizedText Range = LocalizedText.Of("时间段", "Date range");
    public static readonly LocalizedText From = LocalizedText.Of("自", "From");
    public static readonly LocalizedText To = LocalizedText.Of("至", "To");
    public static readonly LocalizedText Show = LocalizedText.Of("查看", "Show");
    public static readonly LocalizedText Received = LocalizedText.Of("收件", "Received");
    public static readonly LocalizedText Accepted = LocalizedText.Of("受理", "Accepted");
    public static readonly LocalizedText Registered = LocalizedText.Of("登簿", "Registered");
    public static readonly LocalizedText OnTimeRate = LocalizedText.Of("按时办结率", "On-time rate");
    public static readonly LocalizedText OverdueNow = LocalizedText.Of("当前超时", "Overdue now");
    public static readonly LocalizedText AtRisk = LocalizedText.Of("临近超时", "At risk");
    public static readonly LocalizedText Ready = LocalizedText.Of("待领证", "Ready for pick-up");
    public static readonly LocalizedText HandedOver = LocalizedText.Of("已发证", "Handed over");
    public static readonly LocalizedText CertificatesReady = LocalizedText.Of("证书制好", "Certificates ready");
    public static readonly LocalizedText OverdueInRange = LocalizedText.Of("超时件", "Overdue");
    public static readonly LocalizedText OnTimePerDay = LocalizedText.Of("每日按时办结率", "On-time rate per day");
    public static readonly LocalizedText TimePerStep = LocalizedText.Of("各环节平均用时", "Average time per step");
    public static readonly LocalizedText Watch = LocalizedText.Of("超时与临近超时的申请", "Overdue and at-risk applications");
    public static LocalizedText WatchFirst(int shown, int total) => LocalizedText.Of(
        $"按办结时限列出最紧急的 {shown} 件（共 {total} 件）。", $"The {shown} most urgent of {total}, earliest due first.");
    public static readonly LocalizedText NothingToWatch = LocalizedText.Of("没有超时或临近超时的申请。", "No application is overdue or at risk.");
    public static readonly LocalizedText NoData = LocalizedText.Of("该时间段内无数据。", "No data in this range.");
    public static readonly LocalizedText RateHint = LocalizedText.Of("按时办结率 = 在时限内登簿的件数 / 登簿件数", "On-time rate = registered by the due time / registered");
    public static readonly LocalizedText Links = LocalizedText.Of("相关页面", "Elsewhere");
    public static readonly LocalizedText Jobs = LocalizedText.Of("后台任务（Hangfire）", "Background jobs (Hangfire)");
    public static readonly LocalizedText Outbox = LocalizedText.Of("通知发件箱", "Notification outbox");
    public static readonly LocalizedText Samples = LocalizedText.Of("件", "cases");
    public static string Duration(TimeSpan span, bool english) =>
        span.TotalDays >= 1 ? (english ? $"{span.TotalDays:0.0} d" : $"{span.TotalDays:0.0} 天")
        : span.TotalHours >= 1 ? (english ? $"{span.TotalHours:0.0} h" : $"{span.TotalHours:0.0} 小时")
        : span.TotalMinutes >= 1 ? (english ? $"{span.TotalMinutes:0} min" : $"{span.TotalMinutes:0} 分钟")
        : span.TotalSeconds >= 1 ? (english ? $"{span.TotalSeconds:0} s" : $"{span.TotalSeconds:0} 秒")
        : (english ? "< 1 s" : "不足 1 秒");
}
