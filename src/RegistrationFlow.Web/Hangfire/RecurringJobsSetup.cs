using Hangfire;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Reports;
using RegistrationFlow.Infrastructure.Time;

namespace RegistrationFlow.Web.Hangfire;

/// <summary>
/// Registers the recurring jobs when the host starts and runs the calendar check once. Cron times are office-local.
/// Under the training clock a simulated day passes in real minutes, which a real-time cron cannot follow, so the daily
/// jobs then run every minute; each decides from the product clock whether its moment has come, and acts once a day.
/// </summary>
internal sealed class RecurringJobsSetup(
    IRecurringJobManager recurring, IBackgroundJobClient jobs, LiveBusinessCalendar calendar, TimeProvider time,
    ILogger<RecurringJobsSetup> logger) : IHostedService
{
    public const string DailyReport = "daily-report";
    public const string CalendarCoverage = "calendar-coverage";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var local = new RecurringJobOptions { TimeZone = calendar.TimeZone };
        var training = time is TrainingTimeProvider;
        var closing = calendar.Hours.Seasons.Max(season => season.Closing);
        var reportCron = training ? Cron.Minutely() : $"{closing.Minute} {closing.Hour} * * *";
        var checkCron = training ? Cron.Minutely() : "0 7 * * *";

        recurring.AddOrUpdate<DailyReportJob>(DailyReport, job => job.RunAsync(CancellationToken.None), reportCron, local);
        recurring.AddOrUpdate<CalendarCoverageJob>(CalendarCoverage, job => job.RunAsync(CancellationToken.None), checkCron, local);
        jobs.Enqueue<CalendarCoverageJob>(job => job.RunAsync(CancellationToken.None));
        logger.LogInformation("Recurring jobs: {Report} at {ReportCron}, {Coverage} at {CoverageCron} ({TimeZone}).",
            DailyReport, reportCron, CalendarCoverage, checkCron, calendar.TimeZone.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
