using Hangfire;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Notifications;

namespace RegistrationFlow.Infrastructure.Calendar;

/// <summary>What the daily calendar check found; all null when the coming <see cref="CalendarCoverage.WarningWindowDays"/> days are official.</summary>
public sealed record CalendarCheck(DateOnly? FirstUncovered, DateOnly? FirstProvisional, int? NextYearWithoutNotice)
{
    public IEnumerable<(string Kind, LocalizedText Warning)> Warnings()
    {
        if (FirstUncovered is { } gap) yield return ("uncovered", CalendarCoverage.WarningFor(gap));
        if (FirstProvisional is { } provisional) yield return ("provisional", CalendarCoverage.ProvisionalWarningFor(provisional));
        if (NextYearWithoutNotice is { } year) yield return ("next-year", CalendarCoverage.NextYearWarningFor(year));
    }

    public static CalendarCheck For(IBusinessCalendar calendar, DateOnly today) => new(
        CalendarCoverage.FirstUncoveredDate(calendar, today),
        CalendarCoverage.FirstProvisionalDate(calendar, today),
        CalendarCoverage.NextYearWithoutNotice(calendar, today));
}

/// <summary>
/// Warns the managers (outbox and a warning in the log), at most once per office-local day and kind, when the coming
/// <see cref="CalendarCoverage.WarningWindowDays"/> days hold provisional days (a year whose notice is not imported) or
/// days the data does not cover, and from 1 October when next year's notice is still missing.
/// </summary>
public sealed class CalendarCoverageJob(IBusinessCalendar calendar, ManagerNotices notices, TimeProvider time,
    ILogger<CalendarCoverageJob> logger)
{
    public const string Template = "calendar-coverage";

    [JobDisplayName("Calendar coverage check")]
    [AutomaticRetry(Attempts = 3)]
    public async Task<CalendarCheck> RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), calendar.TimeZone).DateTime);
        var check = CalendarCheck.For(calendar, today);
        foreach (var (kind, warning) in check.Warnings())
        {
            if (await notices.PostOnceAsync($"{Template}:{kind}:{today:yyyy-MM-dd}", Template, warning, cancellationToken))
                logger.LogWarning("{Warning} (calendar covers {From:yyyy-MM-dd} to {To:yyyy-MM-dd})", warning.EnUs, calendar.CoveredFrom, calendar.CoveredTo);
        }
        return check;
    }
}
