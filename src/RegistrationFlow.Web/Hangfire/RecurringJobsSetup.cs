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
/// <remarks>
/// Registering takes Hangfire's lock on the recurring job. With several nodes that lock can be held for minutes by a
/// node killed while holding it, so a refused registration does not stop the node: the jobs registered by the other
/// nodes keep running, and this node tries again every few seconds until it succeeds.
/// </remarks>
internal sealed class RecurringJobsSetup(
    IRecurringJobManager recurring, IBackgroundJobClient jobs, LiveBusinessCalendar calendar, TimeProvider time,
    ILogger<RecurringJobsSetup> logger) : IHostedService, IDisposable
{
    public const string DailyReport = "daily-report";
    public const string CalendarCoverage = "calendar-coverage";
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _retrying = Task.CompletedTask;

    /// <summary>Completes once this node has registered the recurring jobs.</summary>
    public Task Registered => _registered.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!TryRegister())
            _retrying = RetryUntilRegisteredAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RetryUntilRegisteredAsync(CancellationToken stopping)
    {
        // Plumbing on the machine's clock: the product clock may be a training or test clock.
        using var timer = new PeriodicTimer(RetryInterval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping) && !TryRegister())
            {
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private bool TryRegister()
    {
        try
        {
            Register();
            _registered.TrySetResult();
            return true;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Recurring jobs not registered yet; trying again in {Seconds} s.", RetryInterval.TotalSeconds);
            return false;
        }
    }

    private void Register()
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
    }
}
