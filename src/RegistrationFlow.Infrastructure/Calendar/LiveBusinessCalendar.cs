using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Infrastructure.Calendar;

/// <summary>
/// The office's calendar as it is now: an immutable <see cref="BusinessCalendar"/> snapshot that is replaced whole when
/// a year's notice is imported or the hall hours change (here or on another node). Every answer reads one snapshot.
/// </summary>
public sealed class LiveBusinessCalendar(CalendarSnapshot initial) : IBusinessCalendar
{
    private volatile CalendarSnapshot _snapshot = initial;

    public CalendarSnapshot Snapshot => _snapshot;
    public BusinessCalendar Current => _snapshot.Calendar;

    public void Replace(CalendarSnapshot snapshot) => _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));

    public HolidayData Holidays => Current.Holidays;
    public OfficeHours Hours => Current.Hours;
    public CalendarDay Describe(DateOnly date) => Current.Describe(date);

    public TimeZoneInfo TimeZone => Current.TimeZone;
    public DateOnly CoveredFrom => Current.CoveredFrom;
    public DateOnly CoveredTo => Current.CoveredTo;
    public bool IsWorkingDay(DateOnly date) => Current.IsWorkingDay(date);
    public DateTimeOffset OpeningOf(DateOnly date) => Current.OpeningOf(date);
    public DateTimeOffset ClosingOf(DateOnly date) => Current.ClosingOf(date);
    public DateOnly NextWorkingDay(DateOnly date) => Current.NextWorkingDay(date);
    public DateOnly AddWorkingDays(DateOnly date, int days) => Current.AddWorkingDays(date, days);
    public DateTimeOffset DueFor(DateTimeOffset acceptedAt, ServiceLevelSpec serviceLevel) => Current.DueFor(acceptedAt, serviceLevel);
    public DateTimeOffset? CertificateReadyAfter(DateTimeOffset registeredAt, ServiceLevelSpec serviceLevel) => Current.CertificateReadyAfter(registeredAt, serviceLevel);
    public DateTimeOffset WarningFor(DateTimeOffset due, ServiceLevelSpec serviceLevel) => Current.WarningFor(due, serviceLevel);
    public bool IsProvisional(DateOnly date) => Current.IsProvisional(date);
    public bool DependsOnProvisionalDays(DateTimeOffset from, DateTimeOffset to) => Current.DependsOnProvisionalDays(from, to);
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) => Current.WorkingTimeBetween(from, to);
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime) => Current.AddWorkingTime(from, workingTime);
}

/// <summary>
/// A calendar and where its data came from: the shipped files, and the imported year and hall-hour versions in force
/// (<see cref="Stamp"/> tells two snapshots apart, so a node sees when another node changed the calendar).
/// </summary>
public sealed record CalendarSnapshot(BusinessCalendar Calendar, IReadOnlyDictionary<int, int> ImportedYears, int HoursVersion)
{
    public string Stamp => $"{HoursVersion};{string.Join(',', ImportedYears.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value}"))}";

    /// <summary>Where a year's days come from: "file", "import" (with its version) or "provisional".</summary>
    public (string Source, int? Version) SourceOf(int year) =>
        ImportedYears.TryGetValue(year, out var version) ? ("import", version)
        : Calendar.Holidays.IsProvisional(year) ? ("provisional", null)
        : ("file", null);
}
