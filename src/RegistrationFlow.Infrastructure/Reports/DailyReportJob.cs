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
        $"超期 {r.Overdue}，证书可领 {r.CertificatesReady}，已发证 {r.HandedOver}；实收登记费 {(r.Fees ?? FeeTotals.None).Net} 元" +
        $"{Methods(r, zh: true)}。",
        $"Daily report {r.Date:yyyy-MM-dd}: received {r.Received}, accepted {r.Accepted}, registered {r.Registered} " +
        $"({r.RegisteredOnTime} on time), overdue {r.Overdue}, certificates ready {r.CertificatesReady}, handed over {r.HandedOver}; " +
        $"fees taken {(r.Fees ?? FeeTotals.None).Net} yuan{Methods(r, zh: false)}.");

    private static string Methods(DailyReport r, bool zh)
    {
        var byMethod = (r.Fees ?? FeeTotals.None).ByMethod;
        if (byMethod.Count == 0) return "";
        var parts = byMethod.Select(m => zh
            ? $"{Core.Registration.Payments.PaymentMethods.Name(m.Key).ZhCn} {m.Value}"
            : $"{Core.Registration.Payments.PaymentMethods.Name(m.Key).EnUs.ToLowerInvariant()} {m.Value}");
        return zh ? "（" + string.Join("，", parts) + "）" : " (" + string.Join(", ", parts) + ")";
    }
}
