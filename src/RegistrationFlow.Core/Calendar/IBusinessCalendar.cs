using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Calendar;

/// <summary>
/// Working days (holidays with 调休 make-up days), hall hours and service-level deadlines for one office.
/// Every answer is computed from data; a date outside the data throws <see cref="CalendarNotCoveredException"/>.
/// Instants are <see cref="DateTimeOffset"/>; dates are office-local.
/// </summary>
public interface IBusinessCalendar
{
    TimeZoneInfo TimeZone { get; }
    DateOnly CoveredFrom { get; }
    DateOnly CoveredTo { get; }

    bool IsWorkingDay(DateOnly date);
    DateTimeOffset OpeningOf(DateOnly date);
    DateTimeOffset ClosingOf(DateOnly date);
    DateOnly NextWorkingDay(DateOnly date);
    /// <summary>Adds N working days; the first day is not counted (Civil Code art 201).</summary>
    DateOnly AddWorkingDays(DateOnly date, int days);

    /// <summary>Due instant for an application accepted at <paramref name="acceptedAt"/> under the service level.</summary>
    DateTimeOffset DueFor(DateTimeOffset acceptedAt, ServiceLevelSpec serviceLevel);
    /// <summary>When the certificate is ready after registration (登簿) at <paramref name="registeredAt"/>; null when none is issued.</summary>
    DateTimeOffset? CertificateReadyAfter(DateTimeOffset registeredAt, ServiceLevelSpec serviceLevel);
    /// <summary>The instant to warn at: <see cref="ServiceLevelSpec.WarnBefore"/> of working time before <paramref name="due"/>.</summary>
    DateTimeOffset WarningFor(DateTimeOffset due, ServiceLevelSpec serviceLevel);

    /// <summary>True when the date's year has no official holiday notice yet and its days were computed from the law.</summary>
    bool IsProvisional(DateOnly date) => false;
    /// <summary>True when an answer counted over the local dates between the two instants (both included) rests on a provisional day.</summary>
    bool DependsOnProvisionalDays(DateTimeOffset from, DateTimeOffset to) => false;

    /// <summary>Hall-hour time between two instants (lunch breaks, nights and non-working days do not count).</summary>
    TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to);
    /// <summary>The instant after <paramref name="workingTime"/> of hall-hour time from <paramref name="from"/>.</summary>
    DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime);
}

/// <summary>A question about a date the holiday data does not cover; the calendar never guesses.</summary>
public sealed class CalendarNotCoveredException(DateOnly date, DateOnly coveredFrom, DateOnly coveredTo)
    : InvalidOperationException(Describe(date, coveredFrom, coveredTo).ToString())
{
    public DateOnly Date { get; } = date;
    public DateOnly CoveredFrom { get; } = coveredFrom;
    public DateOnly CoveredTo { get; } = coveredTo;
    public LocalizedText Text { get; } = Describe(date, coveredFrom, coveredTo);

    private static LocalizedText Describe(DateOnly date, DateOnly from, DateOnly to) => LocalizedText.Of(
        $"业务日历没有 {date:yyyy-MM-dd} 的节假日数据（已覆盖 {from:yyyy-MM-dd} 至 {to:yyyy-MM-dd}），请导入 {date.Year} 年节假日数据。",
        $"The business calendar has no holiday data for {date:yyyy-MM-dd} (covered {from:yyyy-MM-dd} to {to:yyyy-MM-dd}); load the {date.Year} holiday file.");
}
