using Hangfire;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Notifications;

namespace RegistrationFlow.Infrastructure.Reports;

/// <summary>
/// After the hall has closed on a working day (product clock), posts that day's figures to the managers, once per day.
/// Earlier in the day, on a closed day or on a day the calendar does not cover, it does nothing.
/// </summary>
public sealed class DailyReportJob(DailyReportQuery reports, ManagerNotices notices, IBusinessCalendar calendar,
    TimeProvider time, ILogger<DailyReportJob> logger)
{
    public const string Template = "daily-report";

    [JobDisplayName("Daily report")]
    [AutomaticRetry(Attempts = 3)]
    public async Task<DailyReport?> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        if (today < calendar.CoveredFrom || today > calendar.CoveredTo || !calendar.IsWorkingDay(today) || now < calendar.ClosingOf(today))
        {
            return null;
        }
        var report = await reports.ForAsync(today, cancellationToken);
        if (await notices.PostOnceAsync($"{Template}:{today:yyyy-MM-dd}", Template, Describe(report), cancellationToken))
        {
            logger.LogInformation("Posted the daily report for {Date:yyyy-MM-dd} to the managers.", today);
        }
        return report;
    }

    public static LocalizedText Describe(DailyReport r) => LocalizedText.Of(
        $"{r.Date:yyyy-MM-dd} 日报：收件 {r.Received}，受理 {r.Accepted}，登簿 {r.Registered}（按时 {r.RegisteredOnTime}），" +
        $"超期 {r.Overdue}，证书可领 {r.CertificatesReady}，已发证 {r.HandedOver}。",
        $"Daily report {r.Date:yyyy-MM-dd}: received {r.Received}, accepted {r.Accepted}, registered {r.Registered} " +
        $"({r.RegisteredOnTime} on time), overdue {r.Overdue}, certificates ready {r.CertificatesReady}, handed over {r.HandedOver}.");
}
