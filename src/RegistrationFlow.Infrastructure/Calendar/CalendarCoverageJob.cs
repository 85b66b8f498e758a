using Hangfire;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Notifications;

namespace RegistrationFlow.Infrastructure.Calendar;

/// <summary>
/// Warns the managers (outbox and a warning in the log) when the holiday data does not reach
/// <see cref="CalendarCoverage.WarningWindowDays"/> days ahead, at most once per office-local day.
/// </summary>
public sealed class CalendarCoverageJob(IBusinessCalendar calendar, ManagerNotices notices, TimeProvider time,
    ILogger<CalendarCoverageJob> logger)
{
    public const string Template = "calendar-coverage";

    /// <returns>The first date not covered within the window, or null when the window is covered.</returns>
    [JobDisplayName("Calendar coverage check")]
    [AutomaticRetry(Attempts = 3)]
    public async Task<DateOnly?> RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), calendar.TimeZone).DateTime);
        if (CalendarCoverage.FirstUncoveredDate(calendar, today) is not { } gap)
        {
            return null;
        }
        var warning = CalendarCoverage.WarningFor(gap);
        if (await notices.PostOnceAsync($"{Template}:{today:yyyy-MM-dd}", Template, warning, cancellationToken))
        {
            logger.LogWarning("{Warning} (calendar covers {From:yyyy-MM-dd} to {To:yyyy-MM-dd})", warning.EnUs, calendar.CoveredFrom, calendar.CoveredTo);
        }
        return gap;
    }
}
