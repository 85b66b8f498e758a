using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Tests.Runtime;

/// <summary>
/// A deliberately plain calendar for engine tests: Monday to Friday are working days, 08:30–17:00 without a lunch
/// break, no holidays, UTC+8. Deadlines in tests that use it can be worked out by hand.
/// </summary>
public sealed class SimpleTestCalendar : IBusinessCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);
    private static readonly TimeOnly Open = new(8, 30);
    private static readonly TimeOnly Close = new(17, 0);

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("test+08", Offset, "UTC+8", "UTC+8");
    public DateOnly CoveredFrom => new(2000, 1, 1);
    public DateOnly CoveredTo => new(2099, 12, 31);

    /// <summary>An office-local instant, e.g. <c>At(2026, 6, 15, 10, 0)</c>.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, Offset);

    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    public DateTimeOffset OpeningOf(DateOnly date) => new(date.ToDateTime(Open), Offset);
    public DateTimeOffset ClosingOf(DateOnly date) => new(date.ToDateTime(Close), Offset);

    public DateOnly NextWorkingDay(DateOnly date)
    {
        do date = date.AddDays(1); while (!IsWorkingDay(date));
        return date;
    }

    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        for (var i = 0; i < days; i++) date = NextWorkingDay(date);
        return date;
    }

    public DateTimeOffset DueFor(DateTimeOffset acceptedAt, ServiceLevelSpec serviceLevel)
    {
        var local = acceptedAt.ToOffset(Offset);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (serviceLevel.Complete.Kind == CompletionKind.SameDay)
        {
            return IsWorkingDay(date) && TimeOnly.FromDateTime(local.DateTime) <= serviceLevel.CutOff
                ? ClosingOf(date)
                : ClosingOf(NextWorkingDay(date));
        }
        var first = IsWorkingDay(date) && acceptedAt < ClosingOf(date) ? date : NextWorkingDay(date);
        return ClosingOf(AddWorkingDays(first, serviceLevel.Complete.WorkingDays));
    }

    public DateTimeOffset? CertificateReadyAfter(DateTimeOffset registeredAt, ServiceLevelSpec serviceLevel) => serviceLevel.CertificateReady switch
    {
        CertificateReadyRule.NextWorkingDayOpen => OpeningOf(NextWorkingDay(DateOnly.FromDateTime(registeredAt.ToOffset(Offset).DateTime))),
        CertificateReadyRule.Immediately => registeredAt,
        _ => null,
    };

    public DateTimeOffset WarningFor(DateTimeOffset due, ServiceLevelSpec serviceLevel)
    {
        var left = serviceLevel.WarnBefore;
        var date = DateOnly.FromDateTime(due.ToOffset(Offset).DateTime);
        var cursor = due;
        while (true)
        {
            if (IsWorkingDay(date))
            {
                var end = Min(cursor, ClosingOf(date));
                var available = end - OpeningOf(date);
                if (available > TimeSpan.Zero)
                {
                    if (left <= available) return end - left;
                    left -= available;
                }
            }
            date = date.AddDays(-1);
            cursor = ClosingOf(date);
        }
    }

    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(from.ToOffset(Offset).DateTime); OpeningOf(date) < to; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date)) continue;
            var span = Min(to, ClosingOf(date)) - Max(from, OpeningOf(date));
            if (span > TimeSpan.Zero) total += span;
        }
        return total;
    }

    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime)
    {
        var left = workingTime;
        for (var date = DateOnly.FromDateTime(from.ToOffset(Offset).DateTime); ; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date)) continue;
            var start = Max(from, OpeningOf(date));
            var available = ClosingOf(date) - start;
            if (available < TimeSpan.Zero) continue;
            if (left <= available) return start + left;
            left -= available;
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
